package newsearch.indexer.extract.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article body of a parsed HTML page. */
public final class HtmlBodyExtractor {

  private static final String MODE = System.getProperty("mode", "readability");

  /** The body of {@code doc}; {@code url} is the page's own address, may be empty. */
  public BodyExtraction extract(Document doc, String url) {
    Element body = doc.body();
    if (body == null) {
      return BodyExtraction.NONE;
    }
    Furniture.mark(body);
    if (MODE.equals("dom")) {
      Optional<ContentScorer.Scored> own = ContentScorer.best(body);
      if (own.isEmpty()) {
        return BodyExtraction.NONE;
      }
      String text = TextBlocks.join(BlockFilter.keep(own.get().blocks()));
      return text.isEmpty() ? BodyExtraction.NONE : new BodyExtraction(text, "dom-score", 0.5);
    }
    Optional<Element> readability = ReadabilityCandidate.of(doc, url);
    if (readability.isEmpty()) {
      return BodyExtraction.NONE;
    }
    List<TextBlock> blocks = BlockFilter.keep(TextBlocks.of(readability.get()));
    String text = TextBlocks.join(blocks);
    return text.isEmpty() ? BodyExtraction.NONE : new BodyExtraction(text, "readability", 0.5);
  }
}
