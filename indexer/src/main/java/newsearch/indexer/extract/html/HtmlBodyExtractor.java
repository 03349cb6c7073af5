package newsearch.indexer.extract.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article body of a parsed HTML page. */
public final class HtmlBodyExtractor {

  private static final String MODE = System.getProperty("mode", "combo");
  private static final double RATIO = Double.parseDouble(System.getProperty("ratio", "0.3"));

  /** The body of {@code doc}; {@code url} is the page's own address, may be empty. */
  public BodyExtraction extract(Document doc, String url) {
    Element body = doc.body();
    if (body == null) {
      return BodyExtraction.NONE;
    }
    Furniture.mark(body);
    if (!Boolean.getBoolean("nooa")) {
      OtherArticles.mark(doc);
    }
    List<TextBlock> own =
        ContentScorer.best(body).map(s -> BlockFilter.keep(s.blocks())).orElse(List.of());
    if (MODE.equals("dom")) {
      return result(own, "dom-score");
    }
    List<TextBlock> readability =
        ReadabilityCandidate.of(doc, url)
            .map(e -> BlockFilter.keep(TextBlocks.of(e)))
            .orElse(List.of());
    if (MODE.equals("readability")) {
      return result(readability, "readability");
    }
    if (proseChars(readability) < RATIO * proseChars(own)) {
      return result(own, "dom-score");
    }
    return result(readability, "readability");
  }

  private static int proseChars(List<TextBlock> blocks) {
    int n = 0;
    for (TextBlock b : blocks) {
      if (ContentScorer.isProse(b)) {
        n += b.text().length();
      }
    }
    return n;
  }

  private static BodyExtraction result(List<TextBlock> blocks, String method) {
    String text = TextBlocks.join(blocks);
    return text.isEmpty() ? BodyExtraction.NONE : new BodyExtraction(text, method, 0.5);
  }
}
