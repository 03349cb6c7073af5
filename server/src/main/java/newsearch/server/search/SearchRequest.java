package newsearch.server.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One search as a client asked for it, validated.
 *
 * @param query the user's query; empty lists everything
 * @param sources exact source names, OR-ed; {@link #UNKNOWN_SOURCE} selects articles with none
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param undated only articles with no known date
 * @param sort the order; empty: relevance with a query, newest without
 * @param page from 1
 * @param size hits per page, 1..100
 * @param facets whether to count sources and dates
 * @param highlight whether to mark matches in headline and snippet
 * @param dedupe whether to show each story (near-duplicate articles) once, at its best hit
 * @param minConfidence only articles whose body extraction is at least this sure, 0..1; 0 takes
 *     every article
 * @param literal read the query's syntax as written, even where capitals or prose would be read as
 *     words (the page's "search with operators")
 * @param minOutlets only stories published by at least this many outlets
 * @param share with facets: give each date bucket and source the share of all articles there (with
 *     the same filters) that match, so that a rise in coverage shows apart from a rise in articles
 */
public record SearchRequest(
    String query,
    List<String> sources,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    boolean undated,
    Optional<SortOrder> sort,
    int page,
    int size,
    boolean facets,
    boolean highlight,
    boolean dedupe,
    double minConfidence,
    boolean literal,
    int minOutlets,
    boolean share) {

  /** The source filter value (and facet value) for articles whose outlet is unknown. */
  public static final String UNKNOWN_SOURCE = "_unknown";

  public static final int MAX_SIZE = 100;
  public static final int RESULT_WINDOW = 10_000;
  public static final int MAX_QUERY_CHARS = 4_000;

  /** More outlets than any archive's story has: a larger {@code minOutlets} is a mistake. */
  public static final int MAX_MIN_OUTLETS = 10_000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    if (query.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException(
          "Parameter 'q' is too long: at most "
              + MAX_QUERY_CHARS
              + " characters, was "
              + query.length());
    }
    sources =
        sources == null
            ? List.of()
            : sources.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    from = checkYear("from", from == null ? Optional.empty() : from);
    to = checkYear("to", to == null ? Optional.empty() : to);
    sort = sort == null ? Optional.empty() : sort;
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException(
          "Parameter 'from' (" + from.get() + ") is after 'to' (" + to.get() + ")");
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException(
          "Parameter 'minConfidence' must be a number from 0 to 1, was " + minConfidence);
    }
    if (minOutlets < 1 || minOutlets > MAX_MIN_OUTLETS) {
      throw new IllegalArgumentException(
          "Parameter 'minOutlets' must be a whole number from 1 to "
              + MAX_MIN_OUTLETS
              + ", was "
              + minOutlets);
    }
    if (page < 1) {
      throw new IllegalArgumentException("Parameter 'page' must be 1 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "Parameter 'size' must be 1.." + MAX_SIZE + ", was " + size);
    }
    if ((long) page * size > RESULT_WINDOW) {
      throw new IllegalArgumentException(
          "Parameter 'page' is past the result window: page × size must be at most "
              + RESULT_WINDOW
              + ", was "
              + (long) page * size
              + "; narrow the search instead");
    }
  }

  /** A search counted in articles, not as shares. */
  public SearchRequest(
      String query,
      List<String> sources,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      boolean undated,
      Optional<SortOrder> sort,
      int page,
      int size,
      boolean facets,
      boolean highlight,
      boolean dedupe,
      double minConfidence,
      boolean literal,
      int minOutlets) {
    this(
        query,
        sources,
        from,
        to,
        undated,
        sort,
        page,
        size,
        facets,
        highlight,
        dedupe,
        minConfidence,
        literal,
        minOutlets,
        false);
  }

  /** A search of every story, however few its outlets. */
  public SearchRequest(
      String query,
      List<String> sources,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      boolean undated,
      Optional<SortOrder> sort,
      int page,
      int size,
      boolean facets,
      boolean highlight,
      boolean dedupe,
      double minConfidence,
      boolean literal) {
    this(
        query,
        sources,
        from,
        to,
        undated,
        sort,
        page,
        size,
        facets,
        highlight,
        dedupe,
        minConfidence,
        literal,
        1);
  }

  /** A search read as capitals and prose are read (the default). */
  public SearchRequest(
      String query,
      List<String> sources,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      boolean undated,
      Optional<SortOrder> sort,
      int page,
      int size,
      boolean facets,
      boolean highlight,
      boolean dedupe,
      double minConfidence) {
    this(
        query,
        sources,
        from,
        to,
        undated,
        sort,
        page,
        size,
        facets,
        highlight,
        dedupe,
        minConfidence,
        false);
  }

  /** A search of every article, however sure its extraction. */
  public SearchRequest(
      String query,
      List<String> sources,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      boolean undated,
      Optional<SortOrder> sort,
      int page,
      int size,
      boolean facets,
      boolean highlight,
      boolean dedupe) {
    this(query, sources, from, to, undated, sort, page, size, facets, highlight, dedupe, 0);
  }

  /** A search with each story once (the default). */
  public SearchRequest(
      String query,
      List<String> sources,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      boolean undated,
      Optional<SortOrder> sort,
      int page,
      int size,
      boolean facets,
      boolean highlight) {
    this(query, sources, from, to, undated, sort, page, size, facets, highlight, true);
  }

  /**
   * Years past 9999 parse ({@code +999999999-12-31}) but overflow the index's int day field: the
   * filter threw an ArithmeticException, a 500.
   */
  private static Optional<LocalDate> checkYear(String name, Optional<LocalDate> date) {
    if (date.isPresent() && (date.get().getYear() < 1 || date.get().getYear() > 9999)) {
      throw new IllegalArgumentException(
          "Parameter '"
              + name
              + "' must be a date from 0001-01-01 to 9999-12-31, was "
              + date.get());
    }
    return date;
  }

  /** A first page of ten, with facets and highlighting: the page's default search. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        1,
        10,
        true,
        true);
  }

  /** The order asked for, else relevance with a query and newest without. */
  public SortOrder effectiveSort() {
    return sort.orElse(query.isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE);
  }

  /** The same search without its source filter: what the source facet counts. */
  public SearchRequest withoutSources() {
    return new SearchRequest(
        query,
        List.of(),
        from,
        to,
        undated,
        sort,
        page,
        size,
        facets,
        highlight,
        dedupe,
        minConfidence,
        literal,
        minOutlets,
        share);
  }

  /** The same search in {@code order}. */
  public SearchRequest withSort(SortOrder order) {
    return new SearchRequest(
        query,
        sources,
        from,
        to,
        undated,
        Optional.of(order),
        page,
        size,
        facets,
        highlight,
        dedupe,
        minConfidence,
        literal,
        minOutlets,
        share);
  }

  /** Whether the request narrows the articles by source, date, extraction confidence or outlets. */
  public boolean filtered() {
    return !sources.isEmpty()
        || from.isPresent()
        || to.isPresent()
        || undated
        || minConfidence > 0
        || minOutlets > 1;
  }
}
