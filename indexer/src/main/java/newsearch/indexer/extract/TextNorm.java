package newsearch.indexer.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the extraction classes: one way to compare and count words. */
public final class TextNorm {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private TextNorm() {}

  /** Lower case, no accents, no punctuation, no numbers, single spaces: for matching phrases. */
  public static String key(String text) {
    return words(fold(text), false);
  }

  /** Lower case, no accents, no punctuation, single spaces: for comparing names. */
  public static String fold(String text) {
    String s = text;
    if (!isAscii(s)) {
      s = s.toLowerCase(Locale.ROOT).replace('ı', 'i');
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    return words(s, true);
  }

  /** Collapses all kinds of spaces (no-break, zero-width) into one plain space, and strips. */
  public static String clean(String line) {
    var sb = new StringBuilder(line.length());
    boolean space = false;
    boolean changed = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isSpace(c)) {
        changed |= c != ' ' || space;
        space = true;
      } else {
        if (space && !sb.isEmpty()) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    // As String.strip() does, also drop other leading and trailing white space.
    return changed ? sb.toString().strip() : line.strip();
  }

  /** Words: runs of letters or digits. */
  public static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean w = isWordChar(c);
      if (w && !inWord) {
        n++;
      }
      inWord = w;
      i += Character.charCount(c);
    }
    return n;
  }

  /**
   * The runs of letters and digits of {@code text} in lower case, one space apart; runs of only
   * digits are left out unless {@code numbers}.
   */
  private static String words(String text, boolean numbers) {
    var sb = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      boolean digits = true;
      while (i < text.length() && isWordChar(c = text.codePointAt(i))) {
        digits &= isNumber(c);
        i += Character.charCount(c);
      }
      if (numbers || !digits) {
        if (!sb.isEmpty()) {
          sb.append(' ');
        }
        for (int j = start; j < i; ) {
          int d = text.codePointAt(j);
          sb.appendCodePoint(Character.toLowerCase(d));
          j += Character.charCount(d);
        }
      }
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u200B';
  }

  private static boolean isWordChar(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetter(c) || isNumber(c);
  }

  private static boolean isNumber(int c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9';
    }
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }
}
