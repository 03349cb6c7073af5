package newsearch.indexer.read;

import java.util.List;
import java.util.Optional;
import newsearch.indexer.model.Article;
import newsearch.indexer.model.ArticleDate;
import newsearch.indexer.model.ArticleOverrides;
import newsearch.indexer.model.Extraction;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;

/**
 * The one article of a page file (scraped text or HTML): the fields its reader found, then the
 * overrides of the page's {@link Sidecar}. Each field is empty until the reader sets it.
 */
final class PageArticle {

  private final CorpusFile page;
  private String headline = "";
  private Optional<ArticleDate> date = Optional.empty();
  private String source = "";
  private String body = "";
  private String url = "";
  private List<String> authors = List.of();
  private ArticleOverrides overrides;
  private Extraction extraction = Extraction.body("unknown", 0);

  private PageArticle(CorpusFile page) {
    this.page = page;
  }

  /** The article of {@code page}: its id and path come from the file. */
  static PageArticle of(CorpusFile page) {
    return new PageArticle(page);
  }

  PageArticle headline(String headline) {
    this.headline = headline;
    return this;
  }

  PageArticle date(Optional<ArticleDate> date) {
    this.date = date;
    return this;
  }

  PageArticle source(String source) {
    this.source = source;
    return this;
  }

  PageArticle body(String body) {
    this.body = body;
    return this;
  }

  PageArticle extraction(Extraction extraction) {
    this.extraction = extraction;
    return this;
  }

  PageArticle url(String url) {
    this.url = url;
    return this;
  }

  PageArticle authors(List<String> authors) {
    this.authors = authors;
    return this;
  }

  /**
   * The address the page's sidecar gives, for a reader that needs it before the article is sent (a
   * date in the address); the sidecar is read once, its problems go to {@code sink}.
   */
  Optional<String> sidecarUrl(ArticleSink sink) {
    return overrides(sink).url();
  }

  private ArticleOverrides overrides(ArticleSink sink) {
    if (overrides == null) {
      overrides = Sidecar.read(page, sink);
    }
    return overrides;
  }

  /**
   * Applies the sidecar (its problems go to {@code sink}, and the page is still read), then sends
   * the article to {@code sink}.
   *
   * @param noBody why the page is skipped when it has no body, such as {@code only boilerplate}
   * @throws FileSkipped when the article has no body
   */
  void sendTo(ArticleSink sink, String noBody) throws FileSkipped {
    ArticleOverrides overrides = overrides(sink);
    var article =
        new Article(
                page.id(),
                headline,
                date,
                source,
                body,
                url,
                authors,
                page.relative(),
                origins(extraction, overrides))
            .withOverrides(overrides);
    if (article.body().isEmpty()) {
      throw new FileSkipped(noBody);
    }
    sink.accept(article);
  }

  /** The sidecar's values are the user's word: the record says so for each one it gives. */
  private static Extraction origins(Extraction found, ArticleOverrides overrides) {
    Extraction e = found;
    if (overrides.headline().isPresent()) {
      e = e.withHeadline(Sidecar.ORIGIN);
    }
    if (overrides.date().isPresent()) {
      e = e.withDate(Sidecar.ORIGIN);
    }
    if (overrides.source().isPresent()) {
      e = e.withSource(Sidecar.ORIGIN);
    }
    if (overrides.authors().isPresent()) {
      e = e.withAuthors(Sidecar.ORIGIN);
    }
    return e;
  }
}
