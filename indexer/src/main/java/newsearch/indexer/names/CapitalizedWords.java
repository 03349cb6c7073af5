package newsearch.indexer.names;

/**
 * The project's notion of a name word: a whole word of letters (no digit against it) that starts
 * with a capital followed by a small letter (Biden, not NATO) and does not open a sentence, where
 * every word is capitalized. {@link NameTerms} and {@link DisplayNames} both find names this way.
 */
final class CapitalizedWords {

  /** Receives each name word as its span in the text. */
  @FunctionalInterface
  interface Visitor {
    void word(int start, int end);
  }

  private CapitalizedWords() {}

  /** Calls {@code visitor} for each name word of {@code text} of at least {@code minLength}. */
  static void scan(String text, int minLength, Visitor visitor) {
    // Hand-written scan rather than a regex: this runs on every body indexed.
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      boolean whole = i == n || !Character.isDigit(text.charAt(i));
      if (whole
          && i - start >= Math.max(2, minLength)
          && Character.isUpperCase(text.charAt(start))
          && Character.isLowerCase(text.charAt(start + 1))
          && (start == 0 || !Character.isDigit(text.charAt(start - 1)))
          && !opensSentence(text, start)) {
        visitor.word(start, i);
      }
    }
  }

  /** At the start, or after end punctuation, a colon or a line break (skipping quotes, spaces). */
  static boolean opensSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':') {
        return true;
      }
      if (!Character.isWhitespace(c) && "\"'“”‘’([—–-".indexOf(c) < 0) {
        return false;
      }
      i--;
    }
    return true;
  }
}
