package newsearch.server.search.lucene.facet;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.lucene.story.Stories;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts matching articles per source and per day while the query runs, in one pass: each match's
 * source ordinal and day are read as it is collected, and a segment's ordinals become names once
 * per segment, not once per match. Lucene's FacetsCollector instead kept every match in a bit set
 * and counted in two more passes over it, with a cross-segment ordinal map built per index version:
 * a profile of common-word searches showed those passes above the query itself. With {@link
 * Stories} it also counts the matching stories: a match whose story was already seen is a copy.
 *
 * <p>Past {@value #SAMPLE_FROM} matches (of one slice of the index) only every {@value
 * #SAMPLE_EVERY}th match is read for its source and day, and counts that many times: the counts are
 * then estimates ({@link #approximate}), the total and the stories still exact. The index is sorted
 * by day, so the sample is spread evenly over the days.
 */
public final class FacetCollector implements Collector {

  /** How many matches a slice counts exactly before it samples. */
  public static final int SAMPLE_FROM = 100_000;

  /**
   * Past {@link #SAMPLE_FROM}, one match in this many is read and weighs this many (a power of 2).
   */
  public static final int SAMPLE_EVERY = 4;

  private final long sampleFrom;
  private boolean approximate;

  private final boolean bySource;
  private final boolean byDay;
  // Empty when stories are not counted; the bit set then holds one unused bit.
  private final Optional<Stories> stories;
  private final FixedBitSet storiesSeen;
  private long copies;
  private int docBase;
  private final Map<String, Long> sources = new HashMap<>();
  private final int[] perDay;
  private long total;
  private long withSource;
  private long undated;
  private int minDay = Integer.MAX_VALUE;
  private int maxDay = Integer.MIN_VALUE;
  private SortedSetDocValues leafSources;
  private int[] leafCounts;

  private FacetCollector(
      boolean bySource, boolean byDay, Optional<Stories> stories, long sampleFrom) {
    this.sampleFrom = sampleFrom;
    this.bySource = bySource;
    this.byDay = byDay;
    this.stories = stories;
    this.storiesSeen =
        new FixedBitSet(Math.max(1, stories.map(Stories::multiArticleStories).orElse(0)));
    // One counter per possible day is ~150k ints: cheaper than a map for large result sets.
    this.perDay = new int[byDay ? DateBuckets.LAST_DAY - DateBuckets.FIRST_DAY : 0];
  }

  /** Counts per source, per day, or both. */
  public static CollectorManager<FacetCollector, FacetCollector> manager(
      boolean bySource, boolean byDay) {
    return manager(bySource, byDay, Optional.empty());
  }

  /** Counts per source, per day, or both, and the matching stories when {@code stories} is set. */
  public static CollectorManager<FacetCollector, FacetCollector> manager(
      boolean bySource, boolean byDay, Optional<Stories> stories) {
    return manager(bySource, byDay, stories, SAMPLE_FROM);
  }

  /** As above, sampling past {@code sampleFrom} matches a slice ({@code Long.MAX_VALUE}: never). */
  public static CollectorManager<FacetCollector, FacetCollector> manager(
      boolean bySource, boolean byDay, Optional<Stories> stories, long sampleFrom) {
    return new CollectorManager<>() {
      @Override
      public FacetCollector newCollector() {
        return new FacetCollector(bySource, byDay, stories, sampleFrom);
      }

      @Override
      public FacetCollector reduce(Collection<FacetCollector> collectors) throws IOException {
        if (collectors.size() == 1) {
          FacetCollector only = collectors.iterator().next();
          only.foldLeaf();
          return only;
        }
        FacetCollector all = new FacetCollector(bySource, byDay, stories, sampleFrom);
        for (FacetCollector c : collectors) {
          all.add(c);
        }
        return all;
      }
    };
  }

  /** Whether the source and day counts are estimates from a sample of the matches. */
  public boolean approximate() {
    return approximate;
  }

  /** Matching documents. */
  public long total() {
    return total;
  }

  /** Matching stories: the matches less the second and later versions of each story. */
  public long stories() {
    return total - copies;
  }

  /** Matches per source name; matches without a source are not in it. */
  public Map<String, Long> sources() {
    return sources;
  }

  /** Matches that have a source. */
  public long withSource() {
    return withSource;
  }

  /** Matches per day, indexed from {@link DateBuckets#FIRST_DAY}. */
  public int perDay(int day) {
    return perDay[day - DateBuckets.FIRST_DAY];
  }

  /** The first day with a match; greater than {@link #maxDay} when none has a day. */
  public int minDay() {
    return minDay;
  }

  /** The last day with a match. */
  public int maxDay() {
    return maxDay;
  }

  /** Matches without a day. */
  public long undated() {
    return undated;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    foldLeaf();
    docBase = context.docBase;
    SortedSetDocValues source =
        bySource ? DocValues.getSortedSet(context.reader(), IndexSchema.SOURCE) : null;
    SortedNumericDocValues days =
        byDay ? DocValues.getSortedNumeric(context.reader(), IndexSchema.DAY) : null;
    if (source != null) {
      leafSources = source;
      leafCounts = new int[Math.toIntExact(source.getValueCount())];
    }
    int[] counts = leafCounts;
    boolean countsStories = stories.isPresent();
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        total++;
        if (countsStories) {
          int story = stories.get().story(docBase + doc);
          if (story >= 0 && storiesSeen.getAndSet(story)) {
            copies++;
          }
        }
        int weight = 1;
        if (total > sampleFrom) {
          if (!sampled(docBase + doc)) {
            return;
          }
          weight = SAMPLE_EVERY;
          approximate = true;
        }
        if (source != null && source.advanceExact(doc)) {
          withSource += weight;
          for (int i = source.docValueCount(); i > 0; i--) {
            counts[(int) source.nextOrd()] += weight;
          }
        }
        if (days != null) {
          countDay(days, doc, weight);
        }
      }

      @Override
      public void finish() throws IOException {
        foldLeaf();
      }
    };
  }

  /**
   * Whether a document is in the sample: one in {@value #SAMPLE_EVERY} by a hash of its id, so a
   * pattern in the index's order (every other article from one outlet) cannot bias it, and the same
   * search gives the same estimate.
   */
  private static boolean sampled(int doc) {
    int h = doc * 0x9E3779B9;
    return ((h ^ (h >>> 16)) & (SAMPLE_EVERY - 1)) == 0;
  }

  private void countDay(SortedNumericDocValues days, int doc, int weight) throws IOException {
    if (days.advanceExact(doc)) {
      int day = (int) days.nextValue();
      if (day >= DateBuckets.FIRST_DAY && day < DateBuckets.LAST_DAY) {
        perDay[day - DateBuckets.FIRST_DAY] += weight;
        minDay = Math.min(minDay, day);
        maxDay = Math.max(maxDay, day);
      }
    } else {
      undated += weight;
    }
  }

  /** Turns the last segment's ordinal counts into names. */
  private void foldLeaf() throws IOException {
    if (leafCounts == null) {
      return;
    }
    for (int ord = 0; ord < leafCounts.length; ord++) {
      if (leafCounts[ord] > 0) {
        sources.merge(leafSources.lookupOrd(ord).utf8ToString(), (long) leafCounts[ord], Long::sum);
      }
    }
    leafCounts = null;
    leafSources = null;
  }

  private void add(FacetCollector other) throws IOException {
    other.foldLeaf();
    approximate |= other.approximate;
    total += other.total;
    withSource += other.withSource;
    undated += other.undated;
    if (stories.isPresent()) {
      copies += other.copies + FixedBitSet.intersectionCount(storiesSeen, other.storiesSeen);
      storiesSeen.or(other.storiesSeen);
    }
    other.sources.forEach((name, n) -> sources.merge(name, n, Long::sum));
    if (byDay && other.minDay <= other.maxDay) {
      for (int day = other.minDay; day <= other.maxDay; day++) {
        perDay[day - DateBuckets.FIRST_DAY] += other.perDay[day - DateBuckets.FIRST_DAY];
      }
      minDay = Math.min(minDay, other.minDay);
      maxDay = Math.max(maxDay, other.maxDay);
    }
  }
}
