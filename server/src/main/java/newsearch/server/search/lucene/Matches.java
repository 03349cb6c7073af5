package newsearch.server.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.lucene.facet.FacetCollector;
import newsearch.server.search.lucene.story.Collapse;
import newsearch.server.search.lucene.story.Outlets;
import newsearch.server.search.lucene.story.Stories;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
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
 * @param facets counts per source (unless the request filters by source), per day and per story
 *     (when stories are collapsed); empty when facets were not asked for
 * @param top every hit collected, from the first: more than a page when stories are collapsed
 */
record Matches(
    long total, boolean exact, ScoreDoc[] page, Optional<FacetCollector> facets, ScoreDoc[] top) {

  /** The hits of the request's page, with a wider window when {@code stories} collapse them. */
  static Matches collect(
      IndexSearcher searcher, Query query, SearchRequest request, Optional<Stories> stories)
      throws IOException {
    int n = stories.isPresent() ? Collapse.window(request) : request.page() * request.size();
    return collect(searcher, query, request, n, request.facets(), stories);
  }

  /**
   * The request's page of every article, with the counts of every article made when the searcher
   * opened: only the hits are collected.
   */
  static Matches everything(
      IndexSearcher searcher,
      SearchRequest request,
      Optional<Stories> stories,
      FacetCollector counts)
      throws IOException {
    int n = stories.isPresent() ? Collapse.window(request) : request.page() * request.size();
    Matches hits = collect(searcher, new MatchAllDocsQuery(), request, n, false, stories);
    return new Matches(counts.total(), true, hits.page(), Optional.of(counts), hits.top());
  }

  /** The top {@code n} hits, and every match counted for facets if {@code withFacets}. */
  static Matches collect(
      IndexSearcher searcher,
      Query query,
      SearchRequest request,
      int n,
      boolean withFacets,
      Optional<Stories> stories)
      throws IOException {
    Optional<Sort> sort = sort(request, searcher.getIndexReader());
    // Hits only: counting stops at the result window, which keeps block-max skipping effective.
    CollectorManager<?, ? extends TopDocs> top =
        sort.isPresent()
            ? new TopFieldCollectorManager(sort.get(), n, null, SearchRequest.RESULT_WINDOW)
            : new TopScoreDocCollectorManager(n, null, SearchRequest.RESULT_WINDOW);
    TopDocs topDocs;
    Optional<FacetCollector> facets;
    long total;
    boolean exact;
    if (withFacets) {
      Object[] both =
          searcher.search(
              query,
              new MultiCollectorManager(
                  top, FacetCollector.manager(request.sources().isEmpty(), true, stories)));
      topDocs = (TopDocs) both[0];
      FacetCollector counts = (FacetCollector) both[1];
      facets = Optional.of(counts);
      total = counts.total();
      exact = true;
    } else {
      topDocs = searcher.search(query, top);
      facets = Optional.empty();
      total = topDocs.totalHits.value();
      exact = topDocs.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    }
    int from = Math.min((request.page() - 1) * request.size(), topDocs.scoreDocs.length);
    ScoreDoc[] page = Arrays.copyOfRange(topDocs.scoreDocs, from, topDocs.scoreDocs.length);
    return new Matches(total, exact, page, facets, topDocs.scoreDocs);
  }

  /** The hits collected and the match count, as the story collapse reads them. */
  Collapse.Ranked ranked() {
    return new Collapse.Ranked(top, total);
  }

  /**
   * The sort of a request on {@code reader}; empty for relevance (score order). Undated articles
   * come last. Republished: the stories of most outlets first, then by relevance with a query and
   * newest first without.
   */
  static Optional<Sort> sort(SearchRequest request, IndexReader reader) throws IOException {
    return switch (request.effectiveSort()) {
      case RELEVANCE -> Optional.empty();
      case NEWEST -> Optional.of(new Sort(byDay(true), BY_ID));
      case OLDEST -> Optional.of(new Sort(byDay(false), BY_ID));
      case REPUBLISHED -> {
        SortField outlets = new Outlets(Stories.of(reader)).mostFirst();
        yield Optional.of(
            request.query().isEmpty()
                ? new Sort(outlets, byDay(true), BY_ID)
                : new Sort(outlets, SortField.FIELD_SCORE, BY_ID));
      }
    };
  }

  // The id breaks ties so that paging is stable across requests.
  private static final SortField BY_ID = new SortedSetSortField(IndexSchema.ID, false);

  private static SortField byDay(boolean newestFirst) {
    var day = new SortedNumericSortField(IndexSchema.DAY, SortField.Type.INT, newestFirst);
    day.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    return day;
  }
}
