package newsearch.indexer.extract.date;

import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.extract.TextNorm;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
