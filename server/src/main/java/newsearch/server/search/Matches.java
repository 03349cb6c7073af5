package newsearch.server.search;

import java.io.IOException;
import java.util.Arrays;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The documents a query matches: the requested page of top hits and, when facets are wanted, the
 * whole match set for counting, collected in one pass.
 *
 * @param total matching documents (exact when {@code exact})
 * @param page the hits of the requested page
 * @param facets counts per source (unless the request filters by source) and per day, or null when
 *     facets were not asked for
 * @param top every hit collected, from the first: more than a page when stories are collapsed
 */
record Matches(long total, boolean exact, ScoreDoc[] page, FacetCounts facets, ScoreDoc[] top) {

  static Matches collect(IndexSearcher searcher, Query query, SearchRequest request)
      throws IOException {
    int n = request.dedupe() ? Collapse.window(request) : request.page() * request.size();
    return collect(searcher, query, request, n, request.facets());
  }

  /** The top {@code n} hits, and every match for facets if {@code facets}. */
  static Matches collect(
      IndexSearcher searcher, Query query, SearchRequest request, int n, boolean withFacets)
      throws IOException {
    Sort sort = sort(request);
    // Hits only: counting stops at the result window, which keeps block-max skipping effective.
    CollectorManager<?, ? extends TopDocs> top =
        sort == null
            ? new TopScoreDocCollectorManager(n, null, SearchRequest.RESULT_WINDOW)
            : new TopFieldCollectorManager(sort, n, null, SearchRequest.RESULT_WINDOW);
    TopDocs topDocs;
    FacetCounts facets = null;
    long total;
    boolean exact;
    if (withFacets) {
      Object[] both =
          searcher.search(
              query,
              new MultiCollectorManager(
                  top,
                  FacetCounts.manager(
                      request.sources().isEmpty(),
                      true,
                      request.dedupe() ? Stories.of(searcher.getIndexReader()) : null)));
      topDocs = (TopDocs) both[0];
      facets = (FacetCounts) both[1];
      total = facets.total();
      exact = true;
    } else {
      topDocs = searcher.search(query, top);
      total = topDocs.totalHits.value();
      exact = topDocs.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    }
    int from = Math.min((request.page() - 1) * request.size(), topDocs.scoreDocs.length);
    ScoreDoc[] page = Arrays.copyOfRange(topDocs.scoreDocs, from, topDocs.scoreDocs.length);
    return new Matches(total, exact, page, facets, topDocs.scoreDocs);
  }

  /** The sort of a request; null for relevance (score order). Undated articles come last. */
  static Sort sort(SearchRequest request) {
    return switch (request.effectiveSort()) {
      case RELEVANCE -> null;
      case NEWEST -> byDay(true);
      case OLDEST -> byDay(false);
    };
  }

  private static Sort byDay(boolean newestFirst) {
    var day = new SortedNumericSortField(IndexSchema.DAY, SortField.Type.INT, newestFirst);
    day.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    // The id breaks ties so that paging is stable across requests.
    return new Sort(day, new SortedSetSortField(IndexSchema.ID, false));
  }
}
