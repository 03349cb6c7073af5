package newsearch.indexer.extract.title;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsearch.indexer.extract.JsonLdScripts;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The top-level objects of a page's JSON-LD, read from every script, with arrays and {@code @graph}
 * opened: the article's headline and publisher, and the site's own organisation.
 */
final class JsonLdNodes {

  private static final Pattern ARTICLE = Pattern.compile("(?i).*(article|posting|report)$");
  private static final Pattern SITE = Pattern.compile("(?i).*organization$|website");

  private final List<JsonNode> nodes;
  private final Map<String, JsonNode> byId = new HashMap<>();

  private JsonLdNodes(List<JsonNode> nodes) {
    this.nodes = nodes;
    for (JsonNode n : nodes) {
      if (n.path("@id").isTextual()) {
        byId.putIfAbsent(n.path("@id").asText(), n);
      }
    }
  }

  static JsonLdNodes of(Document doc) {
    var nodes = new ArrayList<JsonNode>();
    for (JsonLdScripts.Script script : JsonLdScripts.of(doc)) {
      open(script.json(), nodes);
    }
    return new JsonLdNodes(nodes);
  }

  /** The headlines of the page's article objects. */
  List<String> headlines() {
    var out = new ArrayList<String>();
    for (JsonNode n : nodes) {
      if (is(n, ARTICLE)) {
        text(n, "headline").or(() -> text(n, "name")).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The names of the article objects' publishers. */
  List<String> publishers() {
    var out = new ArrayList<String>();
    for (JsonNode n : nodes) {
      if (is(n, ARTICLE)) {
        JsonNode p = n.path("publisher");
        for (JsonNode one : p.isArray() ? p : List.of(p)) {
          JsonNode ref = one.path("@id").isTextual() ? byId.get(one.path("@id").asText()) : null;
          text(one, "name")
              .or(() -> ref == null ? Optional.empty() : text(ref, "name"))
              .ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The names of the organisations and web sites the page describes at its top level. */
  List<String> sites() {
    var out = new ArrayList<String>();
    for (JsonNode n : nodes) {
      if (is(n, SITE)) {
        text(n, "name").ifPresent(out::add);
      }
    }
    return out;
  }

  private static void open(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> open(n, out));
    } else if (node.isObject()) {
      if (node.has("@graph")) {
        open(node.get("@graph"), out);
      }
      out.add(node);
    }
  }

  private static boolean is(JsonNode node, Pattern type) {
    JsonNode t = node.path("@type");
    for (JsonNode one : t.isArray() ? t : List.of(t)) {
      if (one.isTextual() && type.matcher(one.asText()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (!v.isTextual()) {
      return Optional.empty();
    }
    // Some sites write HTML entities inside JSON ("&#163;71.6m").
    String s = Parser.unescapeEntities(v.asText(), false).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
