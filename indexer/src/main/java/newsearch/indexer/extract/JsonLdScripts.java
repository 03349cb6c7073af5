package newsearch.indexer.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A page's JSON-LD scripts as their text, and a parser lenient enough for what real pages hold
 * there (control characters, trailing commas, single quotes, comments).
 */
public final class JsonLdScripts {

  // Parsed once: jsoup parses a selector string again on every call, for every page.
  private static final Evaluator SCRIPTS =
      QueryParser.parse("script[type~=(?i)application/ld\\+json]");

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();

  private JsonLdScripts() {}

  /** The text of each JSON-LD script of {@code doc}, without CDATA markers. */
  public static List<String> texts(Document doc) {
    return doc.select(SCRIPTS).stream().map(JsonLdScripts::text).toList();
  }

  /** {@code text} parsed leniently; an IOException when it is not JSON even so. */
  public static JsonNode parse(String text) throws IOException {
    return JSON.readTree(text);
  }

  private static String text(Element script) {
    return script.data().replace("<![CDATA[", "").replace("]]>", "").strip();
  }
}
