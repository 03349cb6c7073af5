package newsearch.indexer.furniture;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * What a second pass over the corpus tells about the phrases that open paragraphs of many stories:
 * how often each opens a paragraph, how often it stands inside one (where a label never does), and
 * how varied the word after it is (a label is followed by anything; "Washington (CNN) President"
 * is followed by "Barack" or "Donald"). Phrases and their tails are counted corpus-wide.
 */
final class PrefixEvidence {

  private final int maxWords;
  // The phrases and every tail of them, and every beginning of those: a scan stops early.
  private final LongIntMap wanted = new LongIntMap();
  private final LongIntMap beginnings = new LongIntMap();
  private final LongIntMap starts = new LongIntMap();
  private final LongIntMap followed = new LongIntMap();
  private final LongIntMap topFollower = new LongIntMap();
  private final LongIntMap followerStories = new LongIntMap();
  // (key, story) pairs already counted.
  private final LongIntMap counted = new LongIntMap();
  private final LongIntMap inside = new LongIntMap();

  PrefixEvidence(Collection<String> phrases, int maxWords) {
    this.maxWords = maxWords;
    for (String phrase : phrases) {
      String[] words = phrase.split(" ");
      for (int from = 0; from < words.length; from++) {
        long h = 0;
        for (int i = from; i < words.length; i++) {
          h = Words.extend(h, Words.wordHash(words[i]));
          beginnings.put(h, 1);
        }
        wanted.put(h, 1);
      }
    }
  }

  /** Counts the paragraphs of one page of {@code story}. */
  void add(int story, List<String> paragraphs) {
    var insidePage = new HashSet<Long>();
    for (String p : paragraphs) {
      Words w = Words.of(p, Integer.MAX_VALUE);
      for (int from = 0; from < w.size(); from++) {
        long h = 0;
        for (int i = from; i < Math.min(w.size(), from + maxWords); i++) {
          h = Words.extend(h, w.wordHash(i));
          if (beginnings.get(h) < 0) {
            break;
          }
          if (wanted.get(h) < 0) {
            continue;
          }
          if (from > 0) {
            insidePage.add(h);
          } else {
            opening(h, story, i + 1 < w.size() ? w.wordHash(i + 1) : 0);
          }
        }
      }
    }
    // Inside a paragraph counts pages, not stories: copies of one story only make a phrase look
    // more like language, and a prefix less likely.
    for (long h : insidePage) {
      inside.put(h, Math.max(0, inside.get(h)) + 1);
    }
  }

  private void opening(long h, int story, long nextWord) {
    if (once(h, story)) {
      starts.put(h, Math.max(0, starts.get(h)) + 1);
    }
    if (nextWord == 0) {
      return;
    }
    if (once(h ^ 0x5bd1e995L, story)) {
      followed.put(h, Math.max(0, followed.get(h)) + 1);
    }
    long pair = Words.extend(h, nextWord);
    if (once(pair ^ 0x27d4eb2fL, story)) {
      int n = Math.max(0, followerStories.get(pair)) + 1;
      followerStories.put(pair, n);
      if (n > topFollower.get(h)) {
        topFollower.put(h, n);
      }
    }
  }

  /** True the first time {@code key} is counted on {@code story}. */
  private boolean once(long key, int story) {
    long k = (key ^ (story * 0xC2B2AE3D27D4EB4FL)) * 0x9E3779B97F4A7C15L;
    k ^= k >>> 29;
    if (counted.get(k) >= 0) {
      return false;
    }
    counted.put(k, 1);
    return true;
  }

  /** Stories with a paragraph that opens with {@code phrase}. */
  int starts(String phrase) {
    return Math.max(0, starts.get(Words.hash(phrase)));
  }

  /** Pages with {@code phrase} inside a paragraph, not at its start. */
  int inside(String phrase) {
    return Math.max(0, inside.get(Words.hash(phrase)));
  }

  /** Stories where {@code phrase} opens a paragraph and a word follows it. */
  int followed(String phrase) {
    return Math.max(0, followed.get(Words.hash(phrase)));
  }

  /** Stories where {@code phrase} is followed by its most frequent next word. */
  int topFollower(String phrase) {
    return Math.max(0, topFollower.get(Words.hash(phrase)));
  }
}
