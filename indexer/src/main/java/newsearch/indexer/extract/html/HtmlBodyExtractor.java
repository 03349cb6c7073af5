package newsearch.indexer.extract.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article body of a parsed HTML page. */
public final class HtmlBodyExtractor {

  /** The body of {@code doc}; {@code url} is the page's own address, may be empty. */
  public BodyExtraction extract(Document doc, String url) {
    Optional<Element> readability = ReadabilityCandidate.of(doc, url);
    if (readability.isEmpty()) {
      return BodyExtraction.NONE;
    }
    List<TextBlock> blocks = TextBlocks.of(readability.get());
    String text = TextBlocks.join(blocks);
    return text.isEmpty() ? BodyExtraction.NONE : new BodyExtraction(text, "readability", 0.5);
  }
}
