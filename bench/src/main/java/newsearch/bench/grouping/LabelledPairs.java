package newsearch.bench.grouping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A bench resource of tab-separated judged pairs; {@code #} lines are comments. */
final class LabelledPairs {

  private LabelledPairs() {}

  /** The rows of {@code name}, split on tabs; empty when the resource is missing. */
  static List<String[]> read(String name) throws IOException {
    try (InputStream in = LabelledPairs.class.getResourceAsStream("/newsearch/bench/" + name)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .toList();
    }
  }
}
