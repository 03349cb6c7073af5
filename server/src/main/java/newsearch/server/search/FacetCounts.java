package newsearch.server.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import newsearch.indexer.index.IndexSchema;
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
 * and counted in two more passes over it, with a cross-segment ordinal map built per index version
 * (issue 6, JFR). With {@link Stories} it also counts the matching stories (issue 8): a match whose
 * story was already seen is a copy.
 */
final class FacetCounts implements Collector {

  private final boolean bySource;
  private final boolean byDay;
  private final Stories stories;
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

  private FacetCounts(boolean bySource, boolean byDay, Stories stories) {
    this.bySource = bySource;
    this.byDay = byDay;
    this.stories = stories;
    this.storiesSeen =
        stories == null ? null : new FixedBitSet(Math.max(1, stories.multiArticleStories()));
    // One counter per possible day is ~150k ints: cheaper than a map for large result sets.
    this.perDay = byDay ? new int[DateHistograms.LAST_DAY - DateHistograms.FIRST_DAY] : null;
  }

  /** Counts per source, per day, or both. */
  static CollectorManager<FacetCounts, FacetCounts> manager(boolean bySource, boolean byDay) {
    return manager(bySource, byDay, null);
  }

  /** Counts per source, per day, or both, and the matching stories when {@code stories}. */
  static CollectorManager<FacetCounts, FacetCounts> manager(
      boolean bySource, boolean byDay, Stories stories) {
    return new CollectorManager<>() {
      @Override
      public FacetCounts newCollector() {
        return new FacetCounts(bySource, byDay, stories);
      }

      @Override
      public FacetCounts reduce(Collection<FacetCounts> collectors) throws IOException {
        if (collectors.size() == 1) {
          FacetCounts only = collectors.iterator().next();
          only.foldLeaf();
          return only;
        }
        FacetCounts all = new FacetCounts(bySource, byDay, stories);
        for (FacetCounts c : collectors) {
          all.add(c);
        }
        return all;
      }
    };
  }

  /** Matching documents. */
  long total() {
    return total;
  }

  /** Matching stories: the matches less the second and later versions of each story. */
  long stories() {
    return total - copies;
  }

  /** Matches per source name; matches without a source are not in it. */
  Map<String, Long> sources() {
    return sources;
  }

  /** Matches that have a source. */
  long withSource() {
    return withSource;
  }

  /** Matches per day, indexed from {@link DateHistograms#FIRST_DAY}. */
  int perDay(int day) {
    return perDay[day - DateHistograms.FIRST_DAY];
  }

  /** The first day with a match; greater than {@link #maxDay} when none has a day. */
  int minDay() {
    return minDay;
  }

  int maxDay() {
    return maxDay;
  }

  /** Matches without a day. */
  long undated() {
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
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        total++;
        if (source != null && source.advanceExact(doc)) {
          withSource++;
          for (int i = source.docValueCount(); i > 0; i--) {
            counts[(int) source.nextOrd()]++;
          }
        }
        if (days != null) {
          countDay(days, doc);
        }
        if (stories != null) {
          int story = stories.story(docBase + doc);
          if (story >= 0 && storiesSeen.getAndSet(story)) {
            copies++;
          }
        }
      }

      @Override
      public void finish() throws IOException {
        foldLeaf();
      }
    };
  }

  private void countDay(SortedNumericDocValues days, int doc) throws IOException {
    if (days.advanceExact(doc)) {
      int day = (int) days.nextValue();
      if (day >= DateHistograms.FIRST_DAY && day < DateHistograms.LAST_DAY) {
        perDay[day - DateHistograms.FIRST_DAY]++;
        minDay = Math.min(minDay, day);
        maxDay = Math.max(maxDay, day);
      }
    } else {
      undated++;
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

  private void add(FacetCounts other) throws IOException {
    other.foldLeaf();
    total += other.total;
    withSource += other.withSource;
    undated += other.undated;
    if (stories != null) {
      copies += other.copies + FixedBitSet.intersectionCount(storiesSeen, other.storiesSeen);
      storiesSeen.or(other.storiesSeen);
    }
    other.sources.forEach((name, n) -> sources.merge(name, n, Long::sum));
    if (byDay && other.minDay <= other.maxDay) {
      for (int day = other.minDay; day <= other.maxDay; day++) {
        perDay[day - DateHistograms.FIRST_DAY] += other.perDay[day - DateHistograms.FIRST_DAY];
      }
      minDay = Math.min(minDay, other.minDay);
      maxDay = Math.max(maxDay, other.maxDay);
    }
  }
}
