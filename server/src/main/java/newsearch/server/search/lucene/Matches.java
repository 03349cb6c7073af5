package newsearch.server.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.lucene.facet.FacetCollector;
import newsearch.server.search.lucene.facet.SourceGate;
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
 * @param allSources when the request ticks sources: the counts per source of the query without its
 *     source filter, so that ticking one source still shows the rest; else empty
 */
record Matches(
    long total,
    boolean exact,
    ScoreDoc[] page,
    Optional<FacetCollector> facets,
    ScoreDoc[] top,
    Optional<FacetCollector> allSources) {

  /** The hits of the request's page, with a wider window when {@code stories} collapse them. */
  static Matches collect(
      IndexSearcher searcher, Query query, SearchRequest request, Optional<Stories> stories)
      throws IOException {
    int n = stories.isPresent() ? Collapse.window(request) : request.page() * request.size();
    return collect(searcher, query, request, n, request.facets(), stories);
  }

  /**
   * The same for a request that ticks sources and wants facets, in one pass over {@code unsourced},
   * the query with every filter but the sources': the ticked sources' matches are collected and
   * counted, and every match counts for the source facet.
   */
  static Matches sideways(
      IndexSearcher searcher, Query unsourced, SearchRequest request, Optional<Stories> stories)
      throws IOException {
    int n = stories.isPresent() ? Collapse.window(request) : request.page() * request.size();
    var gated =
        new SourceGate<>(
            new MultiCollectorManager(
                top(searcher, request, n), FacetCollector.manager(false, true, stories)),
            request.sources().stream()
                .filter(s -> !s.equals(SearchRequest.UNKNOWN_SOURCE))
                .toList(),
            request.sources().contains(SearchRequest.UNKNOWN_SOURCE));
    Object[] both =
        searcher.search(
            unsourced, new MultiCollectorManager(gated, FacetCollector.manager(true, false)));
    Object[] ticked = (Object[]) both[0];
    TopDocs topDocs = (TopDocs) ticked[0];
    FacetCollector counts = (FacetCollector) ticked[1];
    return new Matches(
        counts.total(),
        true,
        page(topDocs, request),
        Optional.of(counts),
        topDocs.scoreDocs,
        Optional.of((FacetCollector) both[1]));
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
    return new Matches(
        counts.total(), true, hits.page(), Optional.of(counts), hits.top(), Optional.empty());
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
    CollectorManager<?, ? extends TopDocs> top = top(searcher, request, n);
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
    return new Matches(
        total, exact, page(topDocs, request), facets, topDocs.scoreDocs, Optional.empty());
  }

  /** The top {@code n} hits in the request's order. */
  private static CollectorManager<?, ? extends TopDocs> top(
      IndexSearcher searcher, SearchRequest request, int n) throws IOException {
    Optional<Sort> sort = sort(request, searcher.getIndexReader());
    // Hits only: counting stops at the result window, which keeps block-max skipping effective.
    return sort.isPresent()
        ? new TopFieldCollectorManager(sort.get(), n, null, SearchRequest.RESULT_WINDOW)
        : new TopScoreDocCollectorManager(n, null, SearchRequest.RESULT_WINDOW);
  }

  private static ScoreDoc[] page(TopDocs topDocs, SearchRequest request) {
    int from = Math.min((request.page() - 1) * request.size(), topDocs.scoreDocs.length);
    return Arrays.copyOfRange(topDocs.scoreDocs, from, topDocs.scoreDocs.length);
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
