package newsearch.indexer.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A page's JSON-LD scripts, each as its text and as JSON read by a parser lenient enough for what
 * real pages hold there (control characters, trailing commas, single quotes, comments).
 */
public final class JsonLdScripts {

  /** One script: its text, and its JSON when that parses ({@code null} when it does not). */
  public record Script(String text, JsonNode json) {}

  private record Parsed(WeakReference<Document> doc, List<Script> scripts) {}

  // The date, headline, author and body finders each read a page's JSON-LD: it is parsed once per
  // page (the last page a thread read), not once per finder.
  private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();

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

  /** Each JSON-LD script of {@code doc}, in page order, its text without CDATA markers. */
  public static List<Script> of(Document doc) {
    Parsed last = LAST.get();
    if (last != null && last.doc().get() == doc) {
      return last.scripts();
    }
    List<Script> scripts =
        doc.select(SCRIPTS).stream().map(JsonLdScripts::text).map(JsonLdScripts::script).toList();
    LAST.set(new Parsed(new WeakReference<>(doc), scripts));
    return scripts;
  }

  private static Script script(String text) {
    try {
      return new Script(text, JSON.readTree(text));
    } catch (IOException e) {
      // Broken JSON-LD is common on real pages: its text may still be read for what it names.
      return new Script(text, null);
    }
  }

  private static String text(Element script) {
    return script.data().replace("<![CDATA[", "").replace("]]>", "").strip();
  }
}
