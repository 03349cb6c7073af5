package newsearch.indexer.model;

import java.util.List;
import java.util.Optional;

/**
 * One news article, clean: what extraction produced and what the index stores.
 *
 * @param id unique key in the index
 * @param headline the article's own title, may be empty
 * @param date publication date, when known
 * @param source the outlet, empty when unknown
 * @param body the article text, paragraphs separated by blank lines
 * @param url where it was published, empty when unknown
 * @param authors bylines, possibly none
 * @param path the corpus file it came from, relative to the corpus root
 * @param extraction how the fields were read
 */
public record Article(
    String id,
    String headline,
    Optional<ArticleDate> date,
    String source,
    String body,
    String url,
    List<String> authors,
    String path,
    Extraction extraction) {

  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Article id must not be empty");
    }
    headline = clean(headline);
    date = date == null ? Optional.empty() : date;
    source = clean(source);
    body = body == null ? "" : body.strip();
    url = clean(url);
    authors = authors == null ? List.of() : List.copyOf(authors);
    path = path == null ? "" : path;
    extraction = extraction == null ? Extraction.GIVEN : extraction;
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }

  /** A copy with the sidecar's or reader's values where they are given. */
  public Article withOverrides(ArticleOverrides o) {
    return new Article(
        id,
        o.headline().orElse(headline),
        o.date().isPresent() ? o.date() : date,
        o.source().orElse(source),
        body,
        o.url().orElse(url),
        o.authors().orElse(authors),
        path,
        extraction);
  }

  /** True when the article has nothing a search could find. */
  public boolean isEmpty() {
    return headline.isEmpty() && body.isEmpty();
  }
}
