package newsearch.bench.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hand-made byline labels of benchmark pages: a TSV of {@code id<TAB>authors[<TAB>note]}, names
 * separated by {@code ; }, {@code -} where the page shows no person's byline; {@code #} comment
 * lines and a header line.
 */
public record AuthorLabels(Map<String, List<String>> authors) {

  public AuthorLabels {
    authors = Collections.unmodifiableMap(new LinkedHashMap<>(authors));
  }

  public static AuthorLabels read(Path file) throws IOException {
    var authors = new LinkedHashMap<String, List<String>>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) {
        throw new IOException(file + ": a line needs an id and its authors: " + line);
      }
      String names = cols[1].strip();
      authors.put(
          cols[0].strip(),
          names.equals("-")
              ? List.of()
              : Arrays.stream(names.split(";"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList());
    }
    return new AuthorLabels(authors);
  }

  /**
   * The names as a set of keys: case, accents, punctuation and spacing aside ({@code JANE ROE} and
   * {@code Jane Roe} are one name, so are {@code Sarah E. Needleman} and {@code Sarah E
   * Needleman}).
   */
  public static Set<String> keys(List<String> names) {
    return names.stream()
        .map(AuthorLabels::key)
        .filter(k -> !k.isEmpty())
        .collect(Collectors.toSet());
  }

  static String key(String name) {
    String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
    return folded
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
