package newsearch.indexer.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.extract.JsonLdScripts;
import org.jsoup.nodes.Document;

/**
 * The {@code articleBody} a page states in its JSON-LD. A candidate, not a truth: publishers fill
 * it with a teaser, the whole text without paragraph breaks, or text with markup left in.
 */
final class JsonLdBody {

  private JsonLdBody() {}

  /** The longest {@code articleBody} in the page's JSON-LD blocks, if any. */
  static Optional<String> of(Document doc) {
    String best = "";
    for (JsonLdScripts.Script script : JsonLdScripts.of(doc)) {
      JsonNode root = script.json();
      for (JsonNode body : root == null ? List.<JsonNode>of() : root.findValues("articleBody")) {
        String text = body.isTextual() ? body.asText().strip() : "";
        if (text.length() > best.length()) {
          best = text;
        }
      }
    }
    return best.isEmpty() ? Optional.empty() : Optional.of(best);
  }
}
