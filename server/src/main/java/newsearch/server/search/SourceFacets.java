package newsearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;

/**
 * Counts matching articles per source. The ordinal map behind the counts is built once per index
 * version (it spans all segments), not once per request.
 */
final class SourceFacets {

  /** Sources listed at most: more is a list nobody reads; the page can narrow by query. */
  static final int TOP = 50;

  private record Cached(IndexReader.CacheKey key, StringDocValuesReaderState state) {}

  private volatile Cached cached;

  List<FacetValue> count(IndexReader reader, FacetsCollector matches, long totalMatches)
      throws IOException {
    var values = new ArrayList<FacetValue>();
    long withSource = 0;
    if (reader.maxDoc() > 0) {
      var counts = new StringValueFacetCounts(state(reader), matches);
      FacetResult top = counts.getTopChildren(TOP, IndexSchema.SOURCE);
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
        withSource = top.value.longValue();
      }
    }
    long unknown = totalMatches - withSource;
    if (unknown > 0) {
      values.add(new FacetValue(SearchRequest.UNKNOWN_SOURCE, unknown));
      values.sort((a, b) -> Long.compare(b.count(), a.count()));
    }
    return values;
  }

  private StringDocValuesReaderState state(IndexReader reader) throws IOException {
    IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
    Cached c = cached;
    if (c == null || c.key() != key) {
      c = new Cached(key, new StringDocValuesReaderState(reader, IndexSchema.SOURCE));
      cached = c;
    }
    return c.state();
  }
}
