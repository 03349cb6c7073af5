package newsearch.server.search.lucene.facet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * {@code part} of {@code whole}, 0..1; 0 for an empty whole. Sampled counts can put a part a
   * little over its whole: capped at 1.
   */
  static double share(long part, long whole) {
    return whole <= 0 ? 0 : Math.min(1, (double) part / whole);
  }

  /** The sources of the matches counted, largest first, and the unknown source's count. */
  public static List<FacetValue> count(FacetCollector matches) {
    return count(matches, Optional.empty());
  }

  /**
   * The same, each source with its share of {@code all} (every article with the same filters but
   * the source's) when given.
   */
  public static List<FacetValue> count(FacetCollector matches, Optional<FacetCollector> all) {
    var values = new ArrayList<FacetValue>();
    matches.sources().entrySet().stream()
        .sorted(LARGEST_FIRST)
        .limit(TOP)
        .forEach(
            e ->
                values.add(
                    new FacetValue(
                        e.getKey(),
                        e.getValue(),
                        all.map(a -> share(e.getValue(), a.sources().getOrDefault(e.getKey(), 0L)))
                            .orElse(null))));
    long unknown = matches.total() - matches.withSource();
    if (unknown > 0) {
      values.add(
          new FacetValue(
              SearchRequest.UNKNOWN_SOURCE,
              unknown,
              all.map(a -> share(unknown, a.total() - a.withSource())).orElse(null)));
      values.sort((a, b) -> Long.compare(b.count(), a.count()));
    }
    return values;
  }
}
