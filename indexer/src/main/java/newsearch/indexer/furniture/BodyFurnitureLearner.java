package newsearch.indexer.furniture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.furniture.BodyFurniture.Entry;

/**
 * Learns the furniture a scraper left in bodies it already cut out (JSON lines), from the corpus's
 * bodies in a fixed order: a paragraph is furniture when it is in bodies of at least 1 % of an
 * outlet's stories (or of the corpus's), and never fewer than {@value #MIN_STORIES}. Copies of one
 * story count as one ({@link StoryTracker}): twenty copies of a wire story keep their whole text.
 */
public final class BodyFurnitureLearner {

  static final int MIN_STORIES = 3;
  static final double LINE_SHARE = 0.01;
  private static final int MAX_KEYS = 4_000_000;

  private final StoryTracker tracker = new StoryTracker(MAX_KEYS);
  private final StoryCounts lines = new StoryCounts(MAX_KEYS);
  private final Map<String, Integer> bodies = new HashMap<>();
  private int total;

  /** Adds one article's body; articles must come in the same order on every run. */
  public void add(String source, String body) {
    List<String> paragraphs = BodyFurniture.paragraphs(body);
    if (paragraphs.isEmpty()) {
      return;
    }
    String outlet = BodyFurniture.outletKey(source);
    bodies.merge(outlet, 1, Integer::sum);
    total++;
    long[] hashes = new long[paragraphs.size()];
    var prose = new ArrayList<Long>();
    var words = new ArrayList<Integer>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      int n = TextNorm.words(p);
      hashes[i] = n == 0 ? 0 : Furniture.hash(p);
      if (n >= StoryTracker.MIN_PROSE_WORDS) {
        prose.add(hashes[i]);
        words.add(n);
      }
    }
    int story = tracker.storyOf(prose, words);
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (hashes[i] != 0 && p.length() <= Furniture.MAX_CHARS) {
        long h = hashes[i];
        if (!outlet.isEmpty()) {
          lines.add(BodyFurniture.scoped(h, outlet), story, outlet, () -> Furniture.key(p));
        }
        lines.add(
            BodyFurniture.scoped(h, BodyFurniture.CORPUS),
            story,
            BodyFurniture.CORPUS,
            () -> Furniture.key(p));
      }
    }
  }

  private int threshold(String outlet) {
    int of = outlet.equals(BodyFurniture.CORPUS) ? total : bodies.getOrDefault(outlet, 0);
    return Math.max(MIN_STORIES, (int) Math.ceil(LINE_SHARE * of));
  }

  /** The furniture learnt; frozen, it is used unchanged until the next run from nothing. */
  public BodyFurniture freeze() {
    List<Entry> entries =
        lines.atLeast(MIN_STORIES).stream()
            .filter(c -> c.stories >= threshold(c.outlet))
            .map(c -> new Entry(c.outlet, c.text, c.stories))
            .toList();
    return new BodyFurniture(entries);
  }
}
