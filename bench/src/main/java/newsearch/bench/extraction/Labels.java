package newsearch.bench.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-made headline and outlet labels of benchmark pages: a TSV of {@code
 * id<TAB>headline<TAB>source[<TAB>note]}, {@code #} comment lines and a header line; source {@code
 * -} where the page names no outlet.
 */
public record Labels(Map<String, Label> labels) {

  /** One page's label; {@code source} is empty when the page names no outlet. */
  public record Label(String id, String headline, Optional<String> source) {}

  public static Labels read(Path file) throws IOException {
    var labels = new LinkedHashMap<String, Label>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3) {
        throw new IOException(file + ": a line needs id, headline and source: " + line);
      }
      String source = cols[2].strip();
      labels.put(
          cols[0],
          new Label(
              cols[0],
              cols[1].strip(),
              source.equals("-") ? Optional.empty() : Optional.of(source)));
    }
    return new Labels(labels);
  }

  /**
   * Whether two headlines are the same words: case, accents, punctuation and spacing aside (a curly
   * quote or a dash is not a different headline).
   */
  public static boolean sameHeadline(String expected, String actual) {
    return !key(expected).isEmpty() && key(expected).equals(key(actual));
  }

  /** Whether two outlet names are the same name: case, punctuation and a leading "The" aside. */
  public static boolean sameSource(String expected, String actual) {
    String a = key(expected).replaceFirst("^the", "");
    return !a.isEmpty() && a.equals(key(actual).replaceFirst("^the", ""));
  }

  private static String key(String text) {
    String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
    return folded
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
