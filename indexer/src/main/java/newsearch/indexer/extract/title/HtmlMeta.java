package newsearch.indexer.extract.title;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The content of a page's {@code <meta property|name=…>} tag. */
final class HtmlMeta {

  /**
   * Each name's selector, parsed once: jsoup parses a selector string again on every call, for
   * every page. The names are this package's constants, so the map stays small.
   */
  private static final Map<String, Evaluator> SELECTORS = new ConcurrentHashMap<>();

  private HtmlMeta() {}

  static Optional<String> content(Document doc, String name) {
    Evaluator selector =
        SELECTORS.computeIfAbsent(
            name, n -> QueryParser.parse("meta[property=" + n + "], meta[name=" + n + "]"));
    for (Element e : doc.select(selector)) {
      String s = e.attr("content").strip();
      if (!s.isEmpty()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
