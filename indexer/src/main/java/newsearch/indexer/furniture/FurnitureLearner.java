package newsearch.indexer.furniture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.indexer.extract.TextNorm;

/**
 * Learns a corpus's furniture from its pages, given in a fixed order: a line is furniture when it
 * is on pages of at least {@value #MIN_STORIES} different stories. Pages that are copies of one
 * story (a wire story in twenty outlets) count as one ({@link StoryTracker}), so the story's own
 * sentences, however often printed, never become furniture.
 */
public final class FurnitureLearner {

  static final int MIN_STORIES = 3;
  // Memory stays bounded on a huge corpus: lines first seen past this many are not counted.
  private static final int MAX_LINES = 8_000_000;
  private static final int MAX_KEPT = 50_000;

  // The story of each line's first page.
  private final LongIntMap firstStory = new LongIntMap();
  private final StoryTracker tracker = new StoryTracker(MAX_LINES);
  // Lines seen on two stories or more: the candidates.
  private final Map<Long, Candidate> candidates = new HashMap<>();
  private int pages;

  /** A line seen on more than one story: its text and the first stories it was seen on. */
  private static final class Candidate {
    final String key;
    final int[] seen = new int[MIN_STORIES];
    int count;

    Candidate(String key) {
      this.key = key;
    }

    void add(int story) {
      for (int i = 0; i < Math.min(count, seen.length); i++) {
        if (seen[i] == story) {
          return;
        }
      }
      if (count < seen.length) {
        seen[count] = story;
      }
      count++;
    }
  }

  /** Adds one page, as its paragraphs; pages must come in the same order on every run. */
  public void add(List<String> paragraphs) {
    pages++;
    var lines = new ArrayList<String>(paragraphs.size());
    var hashes = new ArrayList<Long>(paragraphs.size());
    var prose = new ArrayList<Long>();
    var proseWords = new ArrayList<Integer>();
    for (String p : paragraphs) {
      int words = p.length() > Furniture.MAX_CHARS ? 0 : TextNorm.words(p);
      if (words == 0) {
        continue;
      }
      long h = Furniture.hash(p);
      lines.add(p);
      hashes.add(h);
      if (words >= StoryTracker.MIN_PROSE_WORDS) {
        prose.add(h);
        proseWords.add(words);
      }
    }
    int story = tracker.storyOf(prose, proseWords);
    for (int i = 0; i < hashes.size(); i++) {
      long h = hashes.get(i);
      int first = firstStory.get(h);
      if (first < 0) {
        if (firstStory.size() < MAX_LINES) {
          firstStory.put(h, story);
        }
      } else if (first != story) {
        String line = lines.get(i);
        Candidate c =
            candidates.computeIfAbsent(
                h,
                k -> {
                  var created = new Candidate(Furniture.key(line));
                  created.add(first);
                  return created;
                });
        c.add(story);
      }
    }
  }

  /** Pages added so far. */
  public int pages() {
    return pages;
  }

  /** The furniture learnt: lines on {@value #MIN_STORIES} stories or more, most frequent first. */
  public Furniture freeze() {
    var lines =
        candidates.values().stream()
            .filter(c -> c.count >= MIN_STORIES)
            .sorted((a, b) -> a.count != b.count ? b.count - a.count : a.key.compareTo(b.key))
            .limit(MAX_KEPT)
            .toList();
    var stories = new LinkedHashMap<String, Integer>();
    for (Candidate c : lines) {
      stories.put(c.key, c.count);
    }
    return new Furniture(stories);
  }
}
