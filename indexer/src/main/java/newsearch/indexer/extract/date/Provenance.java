package newsearch.indexer.extract.date;

import java.util.Locale;

/** Where a publication date was read, strongest first: the order {@link HtmlDateFinder} tries. */
public enum Provenance {
  /** A JSON-LD object's {@code datePublished} ({@code dateCreated} as the weaker form). */
  JSONLD,
  /** A {@code <meta>} tag ({@code article:published_time}, Dublin Core, {@code itemprop}…). */
  META,
  /** A {@code <time datetime>} (or a dated microformat) inside the article. */
  TIME,
  /** The page's address: {@code /2019/03/14/}, {@code /20190314/}, {@code /2019-03-14/}. */
  URL,
  /** A byline or date line: a date element or a labelled line ("Published", "Publié le"). */
  BYLINE,
  /** A date standing on its own line near the headline. */
  TEXT;

  /** The lower-case name the quality record uses: {@code "jsonld"}, {@code "meta"}… */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
