package newsearch.indexer.extract.html;

/**
 * One block of text as a reader sees it: a paragraph, heading, list item or quote.
 *
 * @param text the block's text, whitespace collapsed
 * @param linkChars how many of its characters are inside links
 * @param tag the block element's tag ({@code p}, {@code h2}, {@code li}, {@code div}…)
 */
record TextBlock(String text, int linkChars, String tag) {

  /** The share of the text that is link text, 0..1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /** Words, counted as runs between spaces. */
  int words() {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  boolean isHeading() {
    return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
  }
}
