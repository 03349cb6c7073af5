package newsearch.indexer.extract.date;

import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.extract.TextNorm;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;

/** The text of a part of a page as a reader sees it: one line per block, furniture left out. */
final class ArticleLines {

  private ArticleLines() {}

  /** The lines of {@code root}, without the text of its furniture. */
  static List<String> of(Element root, PageRegions regions) {
    var lines = new ArrayList<String>();
    var line = new StringBuilder();
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              if (!regions.isFurniture(t.parentElement())) {
                line.append(t.text());
              }
            } else if (node instanceof Element el && (el.isBlock() || el.nameIs("br"))) {
              flush(line, lines);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element el && el.isBlock()) {
              flush(line, lines);
            }
          }
        });
    flush(line, lines);
    return lines;
  }

  /** The text of {@code e}, or "" when it is longer than {@code max} (not built whole then). */
  static String shortText(Element e, int max) {
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

  /** The index of the line holding {@code headline}'s text, or -1. */
  static int lineOf(Element headline, List<String> lines) {
    String text = headline == null ? "" : TextNorm.fold(headline.text());
    for (int i = 0; i < lines.size() && !text.isEmpty(); i++) {
      if (TextNorm.fold(lines.get(i)).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String text = TextNorm.clean(line.toString());
    if (!text.isEmpty()) {
      lines.add(text);
    }
    line.setLength(0);
  }
}
