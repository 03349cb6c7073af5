package newsearch.indexer.extract.title;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The phrases in which a site names itself ("More from X", "Subscribe to X", "X Staff"), read from
 * {@code self-references.txt}. A name that a page puts in them is the page's outlet, not a section
 * or a topic, which the page writes the same way on its own line.
 */
final class SelfReferences {

  private static final String RESOURCE = "/newsearch/indexer/self-references.txt";
  private static final String SITE = "{site}";
  private static final SelfReferences DEFAULTS = load();

  private final List<String> before;
  private final List<String> after;

  SelfReferences(List<String> phrases) {
    List<String> lower =
        phrases.stream()
            .map(p -> p.strip().toLowerCase(Locale.ROOT))
            .filter(p -> p.contains(SITE))
            .toList();
    before =
        lower.stream()
            .filter(p -> p.endsWith(SITE))
            .map(p -> p.substring(0, p.length() - SITE.length()).strip())
            .filter(p -> !p.isEmpty())
            .toList();
    after =
        lower.stream()
            .filter(p -> p.startsWith(SITE))
            .map(p -> p.substring(SITE.length()).strip())
            .filter(p -> !p.isEmpty())
            .toList();
  }

  static SelfReferences defaults() {
    return DEFAULTS;
  }

  /**
   * How many of {@code lines} name {@code name} in one of the phrases, its first letter a capital.
   *
   * @param lower the same lines in lower case, made once for every name looked for
   */
  int count(String name, List<String> lines, List<String> lower) {
    String needle = name.strip().toLowerCase(Locale.ROOT);
    if (needle.isEmpty()) {
      return 0;
    }
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      // Lower-casing changed the length (a rare letter): the positions would not line up.
      if (lower.get(i).length() == lines.get(i).length()
          && names(lines.get(i), lower.get(i), needle)) {
        count++;
      }
    }
    return count;
  }

  private boolean names(String text, String lower, String needle) {
    for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      int end = at + needle.length();
      if (boundary(lower, at - 1)
          && boundary(lower, end)
          && !Character.isLowerCase(text.charAt(at))
          && (endsWithPhrase(lower.substring(0, at)) || startsWithPhrase(lower.substring(end)))) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithPhrase(String text) {
    String s = text.stripTrailing();
    for (String p : before) {
      if (s.endsWith(p) && boundary(s, s.length() - p.length() - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWithPhrase(String text) {
    String s = text.stripLeading();
    for (String p : after) {
      if (s.startsWith(p) && boundary(s, p.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean boundary(String s, int i) {
    return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }

  private static SelfReferences load() {
    try (InputStream in = SelfReferences.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new SelfReferences(
          reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
