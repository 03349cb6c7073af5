package newsearch.indexer.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The {@code articleBody} a page states in its JSON-LD. A candidate, not a truth: publishers fill
 * it with a teaser, the whole text without paragraph breaks, or text with markup left in.
 */
final class JsonLdBody {

  // Parsed once: jsoup parses a selector string again on every call, for every page.
  private static final Evaluator SCRIPTS = QueryParser.parse("script[type=application/ld+json]");

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLdBody() {}

  /** The longest {@code articleBody} in the page's JSON-LD blocks, if any. */
  static Optional<String> of(Document doc) {
    String best = "";
    for (Element script : doc.select(SCRIPTS)) {
      try {
        JsonNode root = JSON.readTree(script.data());
        for (JsonNode body :
            root == null ? java.util.List.<JsonNode>of() : root.findValues("articleBody")) {
          String text = body.isTextual() ? body.asText().strip() : "";
          if (text.length() > best.length()) {
            best = text;
          }
        }
      } catch (IOException e) {
        // Broken JSON-LD is common on real pages; the DOM still holds the article.
      }
    }
    return best.isEmpty() ? Optional.empty() : Optional.of(best);
  }
}
