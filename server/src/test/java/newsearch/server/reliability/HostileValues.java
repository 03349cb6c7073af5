package newsearch.server.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.indexer.reliability.Corpora;

/**
 * Reads a list of hostile values by section, as {@code hostile-requests.txt} describes its
 * notation: escapes, {@code ⟨text⟩×N} repetitions and the {@code ${XSS}} name.
 */
final class HostileValues {

  private HostileValues() {}

  /** The values of each {@code === section} of the resource, in file order. */
  static Map<String, List<String>> read(String resource) {
    try (InputStream in = HostileValues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No resource " + resource);
      }
      var sections = new LinkedHashMap<String, List<String>>();
      List<String> current = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isEmpty() || line.startsWith("# ")) {
          continue;
        }
        if (line.startsWith("=== ")) {
          current = new ArrayList<>();
          sections.put(line.substring(4), current);
        } else if (current == null) {
          throw new IllegalStateException("A value before any section: " + line);
        } else {
          current.add(value(line));
        }
      }
      return sections;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line's value. */
  static String value(String line) {
    var out = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '⟨') {
        int close = line.indexOf('⟩', i);
        String text = unescape(line.substring(i + 1, close));
        i = close + 1;
        int times = 1;
        if (i < line.length() && line.charAt(i) == '×') {
          int j = i + 1;
          while (j < line.length() && Character.isDigit(line.charAt(j))) {
            j++;
          }
          times = Integer.parseInt(line.substring(i + 1, j));
          i = j;
        }
        out.append(text.repeat(times));
      } else {
        int next = line.indexOf('⟨', i);
        int end = next < 0 ? line.length() : next;
        out.append(unescape(line.substring(i, end)));
        i = end;
      }
    }
    return out.toString();
  }

  private static String unescape(String text) {
    var out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(++i);
        if (e == 'u') {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          out.append(e);
        }
      } else if (text.startsWith("${XSS}", i)) {
        out.append(Corpora.XSS);
        i += "${XSS}".length() - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
