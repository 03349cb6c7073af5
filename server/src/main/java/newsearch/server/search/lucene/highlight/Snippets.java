package newsearch.server.search.lucene.highlight;

/** Cuts escaped, marked-up text to a snippet's length without breaking a tag or an entity. */
final class Snippets {

  private static final String MARK = "<mark>";
  private static final String ELLIPSIS = "…";

  private Snippets() {}

  /**
   * At most about {@code max} visible characters of {@code html}, centred on the first match when
   * the text is longer; null stays null.
   */
  static String trim(String html, int max) {
    if (html == null || visibleLength(html) <= max) {
      return html == null ? null : html.strip();
    }
    int mark = html.indexOf(MARK);
    int start = mark < 0 ? 0 : safeStart(html, Math.max(0, mark - max / 3));
    int end = safeEnd(html, start, max);
    return (start > 0 ? ELLIPSIS : "")
        + html.substring(start, end).strip()
        + (end < html.length() ? " " + ELLIPSIS : "");
  }

  private static int visibleLength(String html) {
    return html.replaceAll("<[^>]*>", "").replaceAll("&[a-z#0-9]+;", "x").length();
  }

  /** A start at a word boundary, outside tags and entities. */
  private static int safeStart(String html, int from) {
    int i = from;
    while (i > 0 && i < html.length() && !Character.isWhitespace(html.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The end after about {@code max} visible characters, closing an open mark. */
  private static int safeEnd(String html, int start, int max) {
    int visible = 0;
    int i = start;
    boolean inMark = false;
    while (i < html.length() && (visible < max || inMark)) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i);
        inMark = html.startsWith(MARK, i);
        i = close < 0 ? html.length() : close + 1;
      } else if (c == '&') {
        int semi = html.indexOf(';', i);
        i = semi < 0 ? i + 1 : semi + 1;
        visible++;
      } else {
        i++;
        visible++;
      }
    }
    // Finish the word in progress rather than cut it.
    while (i < html.length()
        && !Character.isWhitespace(html.charAt(i))
        && html.charAt(i) != '<'
        && html.charAt(i) != '&'
        && visible < max + 30) {
      i++;
      visible++;
    }
    return i;
  }
}
