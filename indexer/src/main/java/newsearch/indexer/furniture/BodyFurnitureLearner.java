package newsearch.indexer.furniture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.furniture.BodyFurniture.Entry;

/**
 * Learns the furniture a scraper left in bodies it already cut out (JSON lines), from the corpus's
 * bodies in a fixed order, in two passes over them. A paragraph is furniture when it is in bodies
 * of at least 1 % of an outlet's stories (or of the corpus's), and never fewer than {@value
 * #MIN_STORIES}. A prefix ("Image copyright Reuters Image caption", glued to a caption) is the
 * phrase a paragraph opens with in 3 % of them, glued to what follows (no sentence punctuation, a
 * capital after it), that ends in neither a function word nor a number, is seldom found inside a
 * paragraph, is followed by varied words, and whose words after a shorter such opening are not
 * common language ("Washington (CNN) President" is not a prefix). Copies of one story count as
 * one ({@link StoryTracker}): twenty copies of a wire story keep their whole text.
 */
public final class BodyFurnitureLearner {

  static final int MIN_STORIES = 3;
  static final double LINE_SHARE = 0.01;
  // A prefix cuts into a paragraph: it needs more evidence than a whole line.
  static final double PREFIX_SHARE = 0.03;
  static final int MAX_PREFIX_WORDS = 12;
  // A label is (almost) never inside a paragraph; language is, often.
  private static final double MAX_INSIDE_SHARE = 0.1;
  // The word after a label varies: one that follows two thirds of the time continues the label.
  private static final double MAX_TOP_FOLLOWER = 2.0 / 3;
  // The words after a shorter prefix that recur inside paragraphs this often more are content.
  private static final int MAX_TAIL_INSIDE = 10;
  private static final int MAX_KEYS = 4_000_000;

  private final Predicate<String> functionWord;
  private final StoryTracker tracker = new StoryTracker(MAX_KEYS);
  private final StoryCounts lines = new StoryCounts(MAX_KEYS);
  private final StoryCounts openings = new StoryCounts(MAX_KEYS);
  private final Map<String, Integer> bodies = new HashMap<>();
  private int total;
  // Each page's story, so that the second pass counts by the same stories without learning them.
  private int[] pageStories = new int[1024];
  private int pages;
  private int recounted;
  private List<Map.Entry<Long, StoryCounts.Counted>> prefixCandidates;
  private PrefixEvidence evidence;

  /**
   * @param functionWord whether a folded word is a function word ("the", "that", "und"): a phrase
   *     that ends in one continues into the sentence after it
   */
  public BodyFurnitureLearner(Predicate<String> functionWord) {
    this.functionWord = functionWord;
  }

  /** First pass: adds one article's body; articles must come in the same order on every run. */
  public void add(String source, String body) {
    List<String> paragraphs = BodyFurniture.paragraphs(body);
    if (pages == pageStories.length) {
      pageStories = Arrays.copyOf(pageStories, pages * 2);
    }
    if (paragraphs.isEmpty()) {
      pageStories[pages++] = -1;
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
    pageStories[pages++] = story;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (hashes[i] != 0 && p.length() <= Furniture.MAX_CHARS) {
        count(lines, hashes[i], story, outlet, () -> Furniture.key(p));
      }
      addOpenings(p, story, outlet);
    }
  }

  private void addOpenings(String paragraph, int story, String outlet) {
    Words w = Words.of(paragraph, MAX_PREFIX_WORDS + 1);
    long h = 0;
    for (int n = 1; n < w.size() && n <= MAX_PREFIX_WORDS; n++) {
      h = Words.extend(h, w.wordHash(n - 1));
      if (w.gluedAt(n) && !w.isNumber(n - 1) && !functionWord.test(w.word(n - 1))) {
        int words = n;
        count(openings, h, story, outlet, () -> w.phrase(words));
      }
    }
  }

  private static void count(
      StoryCounts counts, long key, int story, String outlet, Supplier<String> text) {
    if (!outlet.isEmpty()) {
      counts.add(BodyFurniture.scoped(key, outlet), story, outlet, text);
    }
    counts.add(BodyFurniture.scoped(key, BodyFurniture.CORPUS), story, BodyFurniture.CORPUS, text);
  }

  /** True when some phrases may be prefixes: the second pass decides, over the same bodies. */
  public boolean needsRecount() {
    return !candidates().isEmpty();
  }

  /** Second pass: the same bodies in the same order as {@link #add}. */
  public void recount(String body) {
    if (evidence == null) {
      var phrases = candidates().stream().map(e -> e.getValue().text).distinct().toList();
      evidence = new PrefixEvidence(phrases, MAX_PREFIX_WORDS);
    }
    // A file that changed between the passes gives pages the first did not see: stories of their
    // own, which can only make the evidence for a prefix weaker.
    int story = recounted < pages ? pageStories[recounted] : Integer.MAX_VALUE - recounted;
    recounted++;
    if (story >= 0) {
      evidence.add(story, BodyFurniture.paragraphs(body));
    }
  }

  private List<Map.Entry<Long, StoryCounts.Counted>> candidates() {
    if (prefixCandidates == null) {
      prefixCandidates =
          openings.atLeast(MIN_STORIES).stream()
              .filter(e -> e.getValue().stories >= threshold(e.getValue().outlet, PREFIX_SHARE))
              .toList();
    }
    return prefixCandidates;
  }

  private int threshold(String outlet, double share) {
    int of = outlet.equals(BodyFurniture.CORPUS) ? total : bodies.getOrDefault(outlet, 0);
    return Math.max(MIN_STORIES, (int) Math.ceil(share * of));
  }

  /** The furniture learnt; frozen, it is used unchanged until the next run from nothing. */
  public BodyFurniture freeze() {
    var lineEntries =
        lines.atLeast(MIN_STORIES).stream()
            .map(Map.Entry::getValue)
            .filter(c -> c.stories >= threshold(c.outlet, LINE_SHARE))
            .map(c -> new Entry(c.outlet, c.text, c.stories))
            .toList();
    return new BodyFurniture(lineEntries, prefixes());
  }

  private List<Entry> prefixes() {
    if (evidence == null) {
      return List.of();
    }
    // Shorter first, so that a longer phrase is judged after the openings it extends.
    var sorted =
        candidates().stream()
            .map(Map.Entry::getValue)
            .sorted(
                Comparator.comparingInt((StoryCounts.Counted c) -> c.text.split(" ").length)
                    .thenComparing(c -> c.outlet)
                    .thenComparing(c -> c.text))
            .toList();
    var accepted = new ArrayList<Entry>();
    for (StoryCounts.Counted c : sorted) {
      if (isLabel(c)) {
        accepted.add(new Entry(c.outlet, c.text, c.stories));
      }
    }
    return accepted;
  }

  private boolean isLabel(StoryCounts.Counted c) {
    int starts = evidence.starts(c.text);
    if (evidence.inside(c.text) > MAX_INSIDE_SHARE * starts
        || evidence.topFollower(c.text) >= MAX_TOP_FOLLOWER * evidence.followed(c.text)) {
      return false;
    }
    String[] words = c.text.split(" ");
    for (int k = 1; k < words.length; k++) {
      String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
      String tail = String.join(" ", Arrays.copyOfRange(words, k, words.length));
      if (openings.seen(BodyFurniture.scoped(Words.hash(head), c.outlet))
          && evidence.inside(tail) > MAX_TAIL_INSIDE * starts) {
        return false;
      }
    }
    return true;
  }
}
