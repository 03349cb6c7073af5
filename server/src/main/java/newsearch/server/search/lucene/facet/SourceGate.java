package newsearch.server.search.lucene.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Passes to its collectors only the matches from the ticked sources, so that one pass over the
 * query without its source filter both answers it and counts every source (multi-select faceting,
 * the idea of Lucene's DrillSideways): a second pass with the source filter left out is not needed.
 *
 * @param <C> the gated collectors
 * @param <T> what they reduce to
 */
public final class SourceGate<C extends Collector, T>
    implements CollectorManager<SourceGate.Gated<C>, T> {

  private final CollectorManager<C, T> inner;
  private final List<BytesRef> names;
  private final boolean unknown;

  /**
   * @param names the ticked source names
   * @param unknown whether the articles without a source pass too
   */
  public SourceGate(CollectorManager<C, T> inner, List<String> names, boolean unknown) {
    this.inner = inner;
    this.names = names.stream().map(BytesRef::new).toList();
    this.unknown = unknown;
  }

  @Override
  public Gated<C> newCollector() throws IOException {
    return new Gated<>(inner.newCollector(), names, unknown);
  }

  @Override
  public T reduce(Collection<Gated<C>> collectors) throws IOException {
    var unwrapped = new ArrayList<C>(collectors.size());
    collectors.forEach(g -> unwrapped.add(g.inner));
    return inner.reduce(unwrapped);
  }

  /** One collector, gated. */
  public static final class Gated<C extends Collector> implements Collector {
    private final C inner;
    private final List<BytesRef> names;
    private final boolean unknown;

    private Gated(C inner, List<BytesRef> names, boolean unknown) {
      this.inner = inner;
      this.names = names;
      this.unknown = unknown;
    }

    @Override
    public ScoreMode scoreMode() {
      // Never TOP_SCORES: skipping documents the gate's collectors find uncompetitive would hide
      // them from the source count beside it.
      return inner.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues sources = DocValues.getSortedSet(context.reader(), IndexSchema.SOURCE);
      var ticked = new FixedBitSet(Math.max(1, Math.toIntExact(sources.getValueCount())));
      for (BytesRef name : names) {
        long ord = sources.lookupTerm(name);
        if (ord >= 0) {
          ticked.set(Math.toIntExact(ord));
        }
      }
      return new FilterLeafCollector(inner.getLeafCollector(context)) {
        @Override
        public void collect(int doc) throws IOException {
          if (passes(doc)) {
            in.collect(doc);
          }
        }

        private boolean passes(int doc) throws IOException {
          if (!sources.advanceExact(doc)) {
            return unknown;
          }
          for (int i = sources.docValueCount(); i > 0; i--) {
            if (ticked.get(Math.toIntExact(sources.nextOrd()))) {
              return true;
            }
          }
          return false;
        }

        @Override
        public DocIdSetIterator competitiveIterator() {
          return null;
        }
      };
    }
  }
}
