package newsearch.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-checked answers of an extraction benchmark, one JSON object a line: {@code id} (the page
 * file's name without extension), and {@code body} and/or {@code date} ({@code yyyy-mm-dd}). Used
 * for scoring only, never handed to the indexer.
 */
public record Golden(Map<String, Answer> answers) {

  /** One page's answer; a field the benchmark does not judge is empty. */
  public record Answer(String id, Optional<String> body, Optional<String> date) {}

  public static Golden read(Path file) throws IOException {
    var mapper = new ObjectMapper();
    var answers = new LinkedHashMap<String, Answer>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = mapper.readTree(line);
      String id = node.path("id").asText("");
      if (id.isEmpty()) {
        throw new IOException(file + " line " + number + ": no id");
      }
      answers.put(id, new Answer(id, text(node, "body"), text(node, "date")));
    }
    return new Golden(answers);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
