package newsearch.indexer.extract.title;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta property|name=…>} tags, read in one pass: the readers ask for several names
 * and each lookup over the whole document would walk it again.
 */
final class HtmlMeta {

  /** Each name (lower case) with the first non-empty content given for it, in page order. */
  private final Map<String, String> contents = new HashMap<>();

  private HtmlMeta() {}

  static HtmlMeta of(Document doc) {
    var meta = new HtmlMeta();
    for (Element e : doc.getElementsByTag("meta")) {
      String content = e.attr("content").strip();
      if (!content.isEmpty()) {
        meta.contents.putIfAbsent(key(e.attr("property")), content);
        meta.contents.putIfAbsent(key(e.attr("name")), content);
      }
    }
    meta.contents.remove("");
    return meta;
  }

  /**
   * The content of the first tag whose property or name is {@code name}, as a selector reads it.
   */
  Optional<String> content(String name) {
    return Optional.ofNullable(contents.get(key(name)));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
