package newsearch.indexer.furniture;

import java.util.HashMap;
import java.util.List;

/**
 * Tells which pages of a corpus, given in a fixed order, are copies of one story: a page joins the
 * story of an earlier page when most of its prose was already seen there, so that a wire story
 * printed by twenty outlets counts as one story, however often its sentences recur.
 */
final class StoryTracker {

  // A paragraph this long is prose, what tells one story from another.
  static final int MIN_PROSE_WORDS = 12;
  private static final double MIN_SHARED_PROSE = 0.5;

  private final LongIntMap proseStory = new LongIntMap();
  private final int maxLines;
  private int stories;

  /**
   * @param maxLines prose lines remembered at most: memory stays bounded on a huge corpus
   */
  StoryTracker(int maxLines) {
    this.maxLines = maxLines;
  }

  /**
   * The story an earlier page told with most of this page's prose, or a new one; the page's prose
   * lines not seen before are then this story's.
   *
   * @param prose the hashes of the page's prose paragraphs
   * @param words the number of words of each
   */
  int storyOf(List<Long> prose, List<Integer> words) {
    var shared = new HashMap<Integer, Integer>();
    int total = 0;
    for (int i = 0; i < prose.size(); i++) {
      total += words.get(i);
      int s = proseStory.get(prose.get(i));
      if (s >= 0) {
        shared.merge(s, words.get(i), Integer::sum);
      }
    }
    int story = -1;
    int best = 0;
    for (var e : shared.entrySet()) {
      if (e.getValue() > best || e.getValue() == best && e.getKey() < story) {
        best = e.getValue();
        story = e.getKey();
      }
    }
    if (story < 0 || best < MIN_SHARED_PROSE * total) {
      story = stories++;
    }
    for (long h : prose) {
      if (proseStory.get(h) < 0 && proseStory.size() < maxLines) {
        proseStory.put(h, story);
      }
    }
    return story;
  }
}
