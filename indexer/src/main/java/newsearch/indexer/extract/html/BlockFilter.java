package newsearch.indexer.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the blocks of a chosen element that are not article text: lines of links ("read more",
 * related stories) and short calls to action (share, subscribe, follow, advertisement).
 */
final class BlockFilter {

  /** A block mostly made of link text is a link to elsewhere, not a paragraph. */
  static final double MAX_LINK_DENSITY = Double.parseDouble(System.getProperty("ld", "1.1"));

  /** Calls to action are short; a longer block that mentions one is still a paragraph. */
  private static final int SHORT_WORDS = Integer.parseInt(System.getProperty("sw", "12"));

  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "^(advertisement|advertising|advert|ad|sponsored)$"
              + "|\\b(read|see|click|tap) (more|here|also|the full)\\b"
              + "|\\b(sign up|subscribe|newsletters?|follow us|share (this|on)|download (the|our) app)\\b"
              + "|^(related|more|also read|read next|recommended|trending|watch|listen)\\b\\s*:?"
              + "|\\ball rights reserved\\b|^(©|copyright\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private BlockFilter() {}

  private static final String TRIM = System.getProperty("trim", "both");
  private static final boolean H1 = Boolean.parseBoolean(System.getProperty("h1", "true"));

  /**
   * The blocks that read as article text. The page's headline ({@code h1}) is its own field, and
   * the short lines before the first paragraph and after the last (kicker, byline, date, tags)
   * are the article's frame, not its text.
   */
  static List<TextBlock> keep(List<TextBlock> blocks) {
    var kept = new ArrayList<TextBlock>();
    for (TextBlock b : blocks) {
      if (!isFurniture(b) && !(H1 && b.tag().equals("h1"))) {
        kept.add(b);
      }
    }
    if (TRIM.equals("none")) {
      return kept;
    }
    int first = 0;
    while (first < kept.size() && !ContentScorer.isProse(kept.get(first))) {
      first++;
    }
    int last = kept.size() - 1;
    while (!TRIM.equals("lead") && last >= first && !ContentScorer.isProse(kept.get(last))
        && !(TRIM.equals("lists") && kept.get(last).tag().equals("li"))) {
      last--;
    }
    return first > last ? kept : kept.subList(first, last + 1);
  }

  static boolean isFurniture(TextBlock b) {
    if (b.linkDensity() > MAX_LINK_DENSITY) {
      return true;
    }
    return b.words() <= SHORT_WORDS && CALL_TO_ACTION.matcher(b.text()).find();
  }
}
