package newsearch.indexer.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code articleBody} a page states in its JSON-LD. A candidate, not a truth: publishers fill
 * it with a teaser, the whole text without paragraph breaks, or text with markup left in.
 */
final class JsonLdBody {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLdBody() {}

  /** The longest {@code articleBody} in the page's JSON-LD blocks, if any. */
  static Optional<String> of(Document doc) {
    String best = "";
    for (Element script : doc.select("script[type=application/ld+json]")) {
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
