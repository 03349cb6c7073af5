package newsearch.indexer.extract.title;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The content of a page's {@code <meta property|name=…>} tag. */
final class HtmlMeta {

  private HtmlMeta() {}

  static Optional<String> content(Document doc, String name) {
    for (Element e : doc.select("meta[property=" + name + "], meta[name=" + name + "]")) {
      String s = e.attr("content").strip();
      if (!s.isEmpty()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
