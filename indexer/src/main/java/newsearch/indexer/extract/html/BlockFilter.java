package newsearch.indexer.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the blocks of a chosen element that are not article text: short calls to action (read more,
 * share, subscribe, follow, advertisement), datelines, the headline and the frame lines.
 */
final class BlockFilter {

  /** Calls to action are short; a longer block that mentions one is still a paragraph. */
  private static final int SHORT_WORDS = 12;

  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "^(advertisement|advertising|advert|ad|sponsored)$"
              + "|\\b(read|see|click|tap) (more|here|also|the full)\\b"
              + "|\\b(sign up|subscribe|newsletters?|follow us|share (this|on)|download (the|our) app)\\b"
              + "|^(related|more|also read|read next|recommended|trending|watch|listen)\\b\\s*:?"
              + "|\\ball rights reserved\\b|^(©|copyright\\b)"
              + "|^(published|updated|posted|last updated)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private BlockFilter() {}

  /**
   * The blocks that read as article text. The page's headline ({@code h1}) is its own field, and
   * the short lines before the first paragraph and after the last (kicker, byline, date, tags) are
   * the article's frame, not its text.
   */
  static List<TextBlock> keep(List<TextBlock> blocks) {
    var kept = new ArrayList<TextBlock>();
    for (TextBlock b : blocks) {
      if (!isFurniture(b) && !b.tag().equals("h1")) {
        kept.add(b);
      }
    }
    int first = 0;
    while (first < kept.size() && !ContentScorer.isProse(kept.get(first))) {
      first++;
    }
    int last = kept.size() - 1;
    while (last >= first && !ContentScorer.isProse(kept.get(last)) && !isSentence(kept.get(last))) {
      last--;
    }
    return first > last ? kept : kept.subList(first, last + 1);
  }

  /** A short closing sentence is text; bylines, dates and tag lists do not end like one. */
  private static boolean isSentence(TextBlock b) {
    return SENTENCE_END.matcher(b.text()).find();
  }

  /** A list item made of links only (allowing for bullets and separators) is navigation. */
  private static final double LINK_ITEM_DENSITY = 0.9;

  private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}{2,}[.!?。…][\"”’»)]?$");

  static boolean isFurniture(TextBlock b) {
    if (b.tag().equals("li") && b.linkDensity() >= LINK_ITEM_DENSITY && b.words() <= SHORT_WORDS) {
      return true;
    }
    return b.words() <= SHORT_WORDS && CALL_TO_ACTION.matcher(b.text()).find();
  }
}
