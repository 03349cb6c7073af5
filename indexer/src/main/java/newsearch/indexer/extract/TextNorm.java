package newsearch.indexer.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the extraction classes: one way to compare and count words. */
public final class TextNorm {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern NUMBER = Pattern.compile("(?<=^| )\\p{N}+(?= |$)");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

  private TextNorm() {}

  /** Lower case, no accents, no punctuation, no numbers, single spaces: for matching phrases. */
  public static String key(String text) {
    return NUMBER.matcher(fold(text)).replaceAll("").replaceAll(" +", " ").strip();
  }

  /** Lower case, no accents, no punctuation, single spaces: for comparing names. */
  public static String fold(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('ı', 'i');
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NON_WORD.matcher(s).replaceAll(" ").strip();
  }

  /** Collapses all kinds of spaces (no-break, zero-width) into one plain space, and strips. */
  public static String clean(String line) {
    return SPACES.matcher(line).replaceAll(" ").strip();
  }

  /** Words: runs of letters or digits. */
  public static int words(String text) {
    String k = NON_WORD.matcher(text).replaceAll(" ").strip();
    return k.isEmpty() ? 0 : k.split(" ").length;
  }
}
