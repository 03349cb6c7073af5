package newsearch.indexer.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;

/**
 * Multilingual page-furniture phrases, read from {@code boilerplate-phrases.txt}: what to drop,
 * what ends the article, what marks a caption, a date label, or a line naming the outlet.
 */
public final class BoilerplatePhrases {

  private static final String RESOURCE = "/newsearch/indexer/boilerplate-phrases.txt";
  private static final int EXTRA_WORDS = 3;
  // Longer text is prose, never a phrase and three words: skips normalizing long paragraphs.
  static final int MAX_CHARS = 120;
  private static final int MIN_OPENING_WORDS = 3;
  private static final int OPENING_CHARS = 80;
  private static final BoilerplatePhrases DEFAULTS = load();

  private final List<String> skip;
  private final List<String> longSkip;
  private final List<String> end;
  private final List<String> caption;
  private final List<String> dateLabels;
  private final List<Pattern> sources;

  BoilerplatePhrases(Map<String, List<String>> sections) {
    skip = keys(sections.get("skip"));
    longSkip = skip.stream().filter(p -> p.split(" ").length >= MIN_OPENING_WORDS).toList();
    end = keys(sections.get("end"));
    caption =
        sections.getOrDefault("caption", List.of()).stream()
            .map(BoilerplatePhrases::lower)
            .toList();
    dateLabels = keys(sections.get("date-label"));
    sources =
        sections.getOrDefault("source", List.of()).stream()
            .map(BoilerplatePhrases::sourcePattern)
            .toList();
  }

  /** The phrases bundled with newsearch; loaded once. */
  public static BoilerplatePhrases defaults() {
    return DEFAULTS;
  }

  /** Furniture to drop wherever it is: "Continue reading", "Haberin Devamı", "Download the app". */
  public boolean isSkip(String text) {
    return text.length() <= MAX_CHARS && matches(skip, TextNorm.key(text));
  }

  /** {@link #isSkip} of a text whose {@link TextNorm#key} is {@code key} (empty for a long one). */
  boolean isSkipKey(String key) {
    return matches(skip, key);
  }

  /**
   * True when a paragraph of any length opens with a furniture phrase of three or more words ("We
   * use cookies and other tracking technologies to…", "Sign up for our newsletter and get…"): such
   * a phrase is not how an article's paragraph begins.
   */
  public boolean opensWithSkip(String text) {
    String k =
        TextNorm.key(text.length() <= OPENING_CHARS ? text : text.substring(0, OPENING_CHARS));
    for (String p : longSkip) {
      if (k.startsWith(p) && (k.length() == p.length() || k.charAt(p.length()) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** A list header that ends the article once it has begun: "Related Articles", "Latest news". */
  public boolean isEnd(String text) {
    return text.length() <= MAX_CHARS && matches(end, TextNorm.key(text));
  }

  /** {@link #isEnd} of a text whose {@link TextNorm#key} is {@code key} (empty for a long one). */
  boolean isEndKey(String key) {
    return matches(end, key);
  }

  /** A photo caption or credit. */
  public boolean isCaption(String text) {
    String lower = lower(text);
    boolean sentence = LineClassifier.endsLikeSentence(text);
    for (String marker : caption) {
      if (lower.startsWith(marker) || (!sentence && lower.contains(marker))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code before}, the text just before a date, ends with a date label. */
  public boolean endsWithDateLabel(String before) {
    String k = TextNorm.key(before);
    for (String label : dateLabels) {
      if (k.equals(label) || k.endsWith(" " + label)) {
        return true;
      }
    }
    return false;
  }

  /** The outlet a line names ("Continua a leggere su "The Guardian""), or empty. */
  public Optional<String> sourceIn(String line) {
    if (line.length() > MAX_CHARS) {
      return Optional.empty();
    }
    for (Pattern p : sources) {
      Matcher m = p.matcher(line.strip());
      if (m.matches()) {
        String name = m.group(1).replaceAll("^[\\s\"“”«»'‘’]+|[\\s\"“”«»'‘’.:…]+$", "");
        if (TextNorm.words(name) <= 6 && !name.equals(name.toLowerCase(Locale.ROOT))) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  // One-word phrases must be the whole text ("Share"), so that "Share prices fell" is kept;
  // longer ones may have a few words more at either end ("Continua a leggere su "X"").
  private static boolean matches(List<String> phrases, String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (String p : phrases) {
      if (key.equals(p)) {
        return true;
      }
      int n = p.length();
      // Checked first since rare: the phrase opens or closes the text, as whole words.
      boolean edge =
          key.length() > n
              && p.indexOf(' ') > 0
              && (key.startsWith(p) && key.charAt(n) == ' '
                  || key.endsWith(p) && key.charAt(key.length() - n - 1) == ' ');
      if (edge && wordsOf(key) <= wordsOf(p) + EXTRA_WORDS) {
        return true;
      }
    }
    return false;
  }

  private static int wordsOf(String key) {
    int n = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  private static Pattern sourcePattern(String phrase) {
    String before = phrase.substring(0, phrase.indexOf("{source}")).strip();
    var words = new ArrayList<String>();
    for (String word : before.split("\\s+")) {
      words.add(Pattern.quote(word.replace(":", "")) + "\\b" + (word.endsWith(":") ? "\\s*:" : ""));
    }
    return Pattern.compile("(?iu)^\\W*" + String.join("\\s+", words) + "\\s*(.+)$");
  }

  private static List<String> keys(List<String> phrases) {
    return phrases == null
        ? List.of()
        : phrases.stream().map(TextNorm::key).filter(k -> !k.isEmpty()).toList();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static BoilerplatePhrases load() {
    try (InputStream in = BoilerplatePhrases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new BoilerplatePhrases(parse(reader.lines().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sections of a phrases file: {@code [name]} headers, one phrase a line, {@code #} comments. */
  static Map<String, List<String>> parse(List<String> lines) {
    var sections = new HashMap<String, List<String>>();
    List<String> current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else if (current != null) {
        current.add(line);
      }
    }
    return sections;
  }
}
