package newsearch.indexer.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** The short text of one element of a page, as a byline or a date line is read. */
public final class ElementText {

  private ElementText() {}

  /** The text of {@code e}, or "" when it is longer than {@code max} (not built whole then). */
  public static String shortText(Element e, int max) {
    var text = new StringBuilder();
    e.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              text.append(t.text());
            } else if (node instanceof Element el && (el.isBlock() || el.nameIs("br"))) {
              text.append(' ');
            }
            // Past a few times the limit even in spaces, the element is no byline: stop reading.
            return text.length() > 4 * max ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        });
    String clean = TextNorm.clean(text.toString());
    return clean.length() > max ? "" : clean;
  }
}
