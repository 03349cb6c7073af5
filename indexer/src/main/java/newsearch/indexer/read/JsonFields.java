package newsearch.indexer.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.extract.DateParser;
import newsearch.indexer.model.ArticleDate;
import newsearch.indexer.model.ArticleOverrides;

/** Reads article fields from a JSON object, as JSON lines and sidecars write them. */
final class JsonFields {

  private JsonFields() {}

  /** A text value; empty for a missing field, null, or a non-text value such as an object. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** Authors as a JSON array or a comma-separated string. */
  static Optional<List<String>> authors(JsonNode node) {
    JsonNode v = node.get("authors");
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    var names = new ArrayList<String>();
    if (v.isArray()) {
      v.forEach(a -> names.add(a.asText()));
    } else if (v.isTextual()) {
      names.addAll(Arrays.asList(v.asText().split(",")));
    }
    List<String> clean = names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
  }

  static Optional<ArticleDate> date(JsonNode node) {
    return text(node, "date").flatMap(DateParser::parse);
  }

  static ArticleOverrides overrides(JsonNode node) {
    return new ArticleOverrides(
        text(node, "headline"), date(node), text(node, "source"), text(node, "url"), authors(node));
  }
}
