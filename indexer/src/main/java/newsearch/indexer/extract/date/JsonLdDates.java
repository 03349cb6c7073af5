package newsearch.indexer.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.JsonLdScripts;
import newsearch.indexer.extract.date.FoundDate.Kind;
import newsearch.indexer.model.ArticleDate;
import org.jsoup.nodes.Document;

/**
 * Dates from a page's JSON-LD: {@code datePublished} of the article object (also inside {@code
 * @graph} and arrays), then of a web page or any other object, then {@code dateCreated}; {@code
 * dateModified} as the update.
 */
final class JsonLdDates {

  /** Objects below these keys describe other things: comments, reviews, lists of other pages. */
  private static final Set<String> OTHER_THINGS =
      Set.of(
          "comment",
          "review",
          "itemListElement",
          "relatedLink",
          "hasPart",
          "subjectOf",
          "citation",
          "isPartOf",
          "about",
          "mentions",
          "video",
          "image",
          "associatedMedia");

  private static final Pattern ARTICLE_TYPE =
      Pattern.compile("(?i).*(article|blogposting|posting|report|blog)$");
  private static final Pattern PAGE_TYPE = Pattern.compile("(?i).*page$");

  /** Broken JSON-LD is common; its dates can still be read as plain text. */
  private static final Pattern LOOSE =
      Pattern.compile("\"(datePublished|dateCreated|dateModified)\"\\s*:\\s*\"([^\"]{6,40})\"");

  /** A date field of one object, and how much that object looks like the article (lower first). */
  private record Field(ArticleDate date, Kind kind, int rank, int order) {}

  private JsonLdDates() {}

  static List<FoundDate> find(Document doc) {
    var fields = new ArrayList<Field>();
    for (JsonLdScripts.Script script : JsonLdScripts.of(doc)) {
      if (script.json() != null) {
        walk(script.json(), fields);
      } else {
        Matcher m = LOOSE.matcher(script.text());
        while (m.find()) {
          add(fields, m.group(1), m.group(2), 2);
        }
      }
    }
    return fields.stream()
        .sorted(Comparator.comparingInt(Field::rank).thenComparingInt(Field::order))
        .map(f -> new FoundDate(f.date(), Provenance.JSONLD, f.kind()))
        .toList();
  }

  private static void walk(JsonNode node, List<Field> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> walk(n, out));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    int own = rank(node.path("@type"));
    for (String field : List.of("datePublished", "dateCreated", "dateModified")) {
      JsonNode value = node.path(field);
      if (value.isArray() && !value.isEmpty()) {
        value = value.get(0);
      }
      if (value.isTextual()) {
        add(out, field, value.asText(), own);
      }
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!OTHER_THINGS.contains(e.getKey()) && e.getValue().isContainerNode()) {
        walk(e.getValue(), out);
      }
    }
  }

  /** 0 for an article, 1 for a web page, 2 for anything else (or no type). */
  private static int rank(JsonNode type) {
    List<String> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type.isTextual()) {
      types.add(type.asText());
    }
    if (types.stream().anyMatch(t -> ARTICLE_TYPE.matcher(t).matches())) {
      return 0;
    }
    return types.stream().anyMatch(t -> PAGE_TYPE.matcher(t).matches()) ? 1 : 2;
  }

  private static void add(List<Field> out, String field, String value, int rank) {
    Optional<ArticleDate> date = DateValues.parse(value, false);
    if (date.isEmpty()) {
      return;
    }
    Kind kind = field.equals("dateModified") ? Kind.UPDATED : Kind.PUBLISHED;
    // dateCreated is what a CMS stamped when the draft began: weaker than datePublished.
    int weight = field.equals("dateCreated") ? rank + 3 : rank;
    out.add(new Field(date.get(), kind, weight, out.size()));
  }
}
