package newsearch.bench.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the records of a JSON-lines corpus (plain or gzip), skipping lines that are not JSON. */
final class CorpusArticles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusArticles() {}

  /** Hands every record with an {@code id} and a {@code body} to {@code each}, in file order. */
  static void forEach(Path corpus, Consumer<ObjectNode> each) throws IOException {
    InputStream in = Files.newInputStream(corpus);
    if (corpus.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    try (var lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        ObjectNode node;
        try {
          node = (ObjectNode) JSON.readTree(line);
        } catch (IOException | ClassCastException e) {
          continue;
        }
        if (node.path("id").isTextual() && node.path("body").isTextual()) {
          each.accept(node);
        }
      }
    }
  }

  /** The records whose id is in {@code ids}, by id. */
  static Map<String, ObjectNode> read(Path corpus, Set<String> ids) throws IOException {
    var out = new LinkedHashMap<String, ObjectNode>();
    forEach(
        corpus,
        node -> {
          String id = node.get("id").asText();
          if (ids.contains(id)) {
            out.putIfAbsent(id, node);
          }
        });
    return out;
  }

  /** The record's outlet: its domain when it has one, else its source label. */
  static String outlet(ObjectNode node) {
    String domain = node.path("source_domain").asText("");
    return domain.isEmpty() ? node.path("source").asText("") : domain.replaceFirst("^www\\.", "");
  }

  static String text(ObjectNode node, String field) {
    return node.path(field).isTextual() ? node.get(field).asText() : "";
  }
}
