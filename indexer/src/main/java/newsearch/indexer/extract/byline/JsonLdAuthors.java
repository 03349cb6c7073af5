package newsearch.indexer.extract.byline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsearch.indexer.extract.JsonLdScripts;
import org.jsoup.nodes.Document;

/**
 * The {@code author} of a page's JSON-LD: a string, a person, a list of them, or a reference to a
 * person elsewhere in the {@code @graph}, as the article object (else the first object with an
 * author) gives it. An organisation as author credits no person.
 */
final class JsonLdAuthors {

  private static final int MAX_DEPTH = 6;

  private JsonLdAuthors() {}

  /**
   * The authors the JSON-LD names; {@code references} follows an author given only as an {@code
   * @id} to the person it points at (a CMS account more often than the byline, so a weaker signal).
   */
  static List<String> find(Document doc, String outlet, boolean references) {
    var objects = new ArrayList<JsonNode>();
    for (JsonLdScripts.Script script : JsonLdScripts.of(doc)) {
      collect(script.json(), objects, 0);
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode o : objects) {
      if (o.path("@id").isTextual()) {
        byId.putIfAbsent(o.path("@id").asText(), o);
      }
    }
    JsonNode article = null;
    for (JsonNode o : objects) {
      if (o.has("author") && (article == null || (isArticle(o) && !isArticle(article)))) {
        article = o;
      }
    }
    if (article == null) {
      return List.of();
    }
    var names = new LinkedHashSet<String>();
    add(article.get("author"), references ? byId : Map.of(), outlet, names, 0);
    return List.copyOf(names);
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  private static void add(
      JsonNode author,
      Map<String, JsonNode> byId,
      String outlet,
      LinkedHashSet<String> out,
      int depth) {
    if (author == null || depth > 2) {
      return;
    }
    if (author.isArray()) {
      author.forEach(a -> add(a, byId, outlet, out, depth));
    } else if (author.isTextual()) {
      out.addAll(PersonNames.parse(author.asText(), outlet, false, false).names());
    } else if (author.isObject()) {
      String type = types(author);
      if (type.contains("organization") || type.contains("organisation")) {
        return;
      }
      JsonNode name = author.get("name");
      if (name != null && name.isTextual()) {
        out.addAll(
            PersonNames.parse(name.asText(), outlet, type.contains("person"), false).names());
      } else if (author.path("@id").isTextual() && byId.containsKey(author.path("@id").asText())) {
        JsonNode target = byId.get(author.path("@id").asText());
        if (target != author) {
          add(target, byId, outlet, out, depth + 1);
        }
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    String type = types(node);
    return type.contains("article") || type.contains("posting") || type.contains("report");
  }

  private static String types(JsonNode node) {
    JsonNode type = node.path("@type");
    return (type.isArray() ? type.toString() : type.asText("")).toLowerCase(Locale.ROOT);
  }
}
