package newsearch.indexer.extract.html;

import java.net.URI;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article element that Readability (Mozilla's algorithm, ported by readability4j) picks. */
final class ReadabilityCandidate {

  private static final String PLACEHOLDER = "http://localhost/";

  private ReadabilityCandidate() {}

  /** Readability's article element on a copy of {@code doc}; empty when it finds none. */
  static Optional<Element> of(Document doc, String url) {
    try {
      Article article = new Readability4J(usable(url), doc.clone()).parse();
      return Optional.ofNullable(article.getArticleContent());
    } catch (RuntimeException e) {
      // A library failure on a strange page must not lose the page: the own scoring still runs.
      return Optional.empty();
    }
  }

  /**
   * Readability resolves links against the URL and logs an error when Java cannot parse it; the
   * links are not part of the text, so any absolute address will do.
   */
  private static String usable(String url) {
    try {
      return URI.create(url).isAbsolute() ? url : PLACEHOLDER;
    } catch (IllegalArgumentException e) {
      return PLACEHOLDER;
    }
  }
}
