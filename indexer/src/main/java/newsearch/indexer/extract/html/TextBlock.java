package newsearch.indexer.extract.html;

import org.jsoup.nodes.Element;

/**
 * One block of text as a reader sees it: a paragraph, heading, list item or quote.
 *
 * @param text the block's text, whitespace collapsed
 * @param linkChars how many of its characters are inside links
 * @param tag the block element's tag ({@code p}, {@code h2}, {@code li}, {@code div}…)
 * @param owner the element the block is in
 */
record TextBlock(String text, int linkChars, String tag, Element owner) {

  /** The share of the text that is link text, 0..1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /**
   * Words: runs between spaces, and one for every two Chinese, Japanese or Korean characters, which
   * those languages write without spaces.
   */
  int words() {
    int n = 0;
    int cjk = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (isCjk(ch)) {
        cjk++;
      }
      boolean space = ch == ' ';
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n + cjk / 2;
  }

  private static boolean isCjk(char ch) {
    if (ch < '\u1100') {
      // Below Hangul Jamo no script counts: most text never pays for the script lookup.
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(ch);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  boolean isHeading() {
    return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
  }
}
