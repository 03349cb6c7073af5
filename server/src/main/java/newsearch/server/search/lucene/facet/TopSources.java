package newsearch.server.search.lucene.facet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import newsearch.server.search.FacetValue;
import newsearch.server.search.SearchRequest;
import org.apache.lucene.util.BytesRef;

/** The source facet: matching articles per source, the largest first. */
public final class TopSources {

  /** Sources listed at most: more is a list nobody reads; the page can narrow by query. */
  static final int TOP = 50;

  // Ties in Lucene's order (the name's bytes), as StringValueFacetCounts listed them before.
  private static final Comparator<Map.Entry<String, Long>> LARGEST_FIRST =
      Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
          .reversed()
          .thenComparing(e -> new BytesRef(e.getKey()));

  private TopSources() {}

  /** The sources of the matches counted, largest first, and the unknown source's count. */
  public static List<FacetValue> count(FacetCollector matches) {
    var values = new ArrayList<FacetValue>();
    matches.sources().entrySet().stream()
        .sorted(LARGEST_FIRST)
        .limit(TOP)
        .forEach(e -> values.add(new FacetValue(e.getKey(), e.getValue())));
    long unknown = matches.total() - matches.withSource();
    if (unknown > 0) {
      values.add(new FacetValue(SearchRequest.UNKNOWN_SOURCE, unknown));
      values.sort((a, b) -> Long.compare(b.count(), a.count()));
    }
    return values;
  }
}
