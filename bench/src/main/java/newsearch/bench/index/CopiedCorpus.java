package newsearch.bench.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A corpus repeated to a given number of articles, written as plain JSON lines: copy {@code k} of
 * an article gets the id {@code <id>~k} and its date moved {@code 7·k} days later, everything else
 * unchanged (so copies are near-duplicates of one story, by design).
 */
public final class CopiedCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final int DAYS_PER_COPY = 7;

  private CopiedCorpus() {}

  /** Writes the first {@code articles} articles of the repeated {@code corpus} to {@code out}. */
  public static Path write(Path corpus, long articles, Path out) throws IOException {
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int copy = 0; written < articles; copy++) {
        long before = written;
        try (BufferedReader lines = BareIndexer.open(corpus)) {
          String line;
          while (written < articles && (line = lines.readLine()) != null) {
            if (!line.isBlank()) {
              w.write(copy == 0 ? line : copyOf(line, copy));
              w.newLine();
              written++;
            }
          }
        }
        if (written == before) {
          throw new IOException("no articles in " + corpus);
        }
      }
    }
    return out;
  }

  static String copyOf(String line, int copy) throws IOException {
    var node = (ObjectNode) JSON.readTree(line);
    node.put("id", node.path("id").asText() + "~" + copy);
    String date = node.path("date").asText("");
    if (date.length() >= 10) {
      try {
        LocalDate day =
            LocalDate.parse(date.substring(0, 10)).plusDays((long) DAYS_PER_COPY * copy);
        node.put("date", day + date.substring(10));
      } catch (DateTimeParseException e) {
        // Not an ISO date: keep it as it is.
      }
    }
    return JSON.writeValueAsString(node);
  }
}
