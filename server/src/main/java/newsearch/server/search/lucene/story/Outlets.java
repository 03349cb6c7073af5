package newsearch.server.search.lucene.story;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionMatchQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;

/**
 * The number of outlets of each document's story, read from the {@link Stories} of one reader: what
 * {@code sort=republished} orders by and {@code minOutlets} filters on. It holds no data of its
 * own.
 */
public final class Outlets extends DoubleValuesSource {

  private final Stories stories;

  public Outlets(Stories stories) {
    this.stories = stories;
  }

  /** Stories with the most outlets first. */
  public SortField mostFirst() {
    return getSortField(true);
  }

  /** Only documents whose story has at least {@code min} outlets. */
  public Query atLeast(int min) {
    return new FunctionMatchQuery(this, outlets -> outlets >= min);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
    int base = ctx.docBase;
    return new DoubleValues() {
      private int doc = -1;

      @Override
      public double doubleValue() {
        return stories.outlets(base + doc);
      }

      @Override
      public boolean advanceExact(int target) {
        doc = target;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    // The stories belong to one reader; a cache keyed by segment would outlive them.
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outlets other && other.stories == stories;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(stories);
  }

  @Override
  public String toString() {
    return "outlets";
  }
}
