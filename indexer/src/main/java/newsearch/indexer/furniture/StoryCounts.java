package newsearch.indexer.furniture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * On how many different stories each key (a hashed line or phrase) was seen, exactly: a key seen on
 * one story costs one map entry, and only keys seen on two or more keep their text and the stories
 * they were counted on.
 */
final class StoryCounts {

  /** A key seen on two stories or more: where (its outlet), what, and on how many stories. */
  static final class Counted {
    final String outlet;
    final String text;
    int stories = 1;

    Counted(String outlet, String text) {
      this.outlet = outlet;
      this.text = text;
    }
  }

  private final LongIntMap firstStory = new LongIntMap();
  // (key, story) pairs already counted, for the keys seen on two stories or more.
  private final LongIntMap counted = new LongIntMap();
  private final Map<Long, Counted> repeated = new HashMap<>();
  private final int maxKeys;

  /**
   * @param maxKeys keys first seen past this many are not counted: memory stays bounded
   */
  StoryCounts(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /**
   * Counts {@code key} on {@code story}, once per story.
   *
   * @param outlet the key's outlet, empty for the whole corpus
   * @param text its text, asked for only when the key is first seen on a second story
   */
  void add(long key, int story, String outlet, Supplier<String> text) {
    int first = firstStory.get(key);
    if (first < 0) {
      if (firstStory.size() < maxKeys) {
        firstStory.put(key, story);
      }
      return;
    }
    if (first == story) {
      return;
    }
    Counted c = repeated.get(key);
    if (c == null) {
      c = new Counted(outlet, text.get());
      repeated.put(key, c);
      counted.put(pair(key, first), 1);
    }
    if (counted.get(pair(key, story)) < 0) {
      counted.put(pair(key, story), 1);
      c.stories++;
    }
  }

  /** The keys seen on at least {@code min} stories, with their counts. */
  List<Counted> atLeast(int min) {
    var found = new ArrayList<Counted>();
    for (Counted c : repeated.values()) {
      if (c.stories >= min) {
        found.add(c);
      }
    }
    return found;
  }

  private static long pair(long key, int story) {
    long h = (key ^ (story * 0xC2B2AE3D27D4EB4FL)) * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
