package newsearch.server.search.lucene;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.names.NameVariants;
import newsearch.indexer.names.VariantsFile;
import newsearch.server.search.ArticleView;
import newsearch.server.search.ExportFormat;
import newsearch.server.search.Extraction;
import newsearch.server.search.Facets;
import newsearch.server.search.Hit;
import newsearch.server.search.IndexHealth;
import newsearch.server.search.RelatedArticle;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchResult;
import newsearch.server.search.SearchService;
import newsearch.server.search.SortOrder;
import newsearch.server.search.batch.BatchEntry;
import newsearch.server.search.batch.BatchRow;
import newsearch.server.search.feed.FeedEntry;
import newsearch.server.search.lucene.facet.DateBuckets;
import newsearch.server.search.lucene.facet.FacetCollector;
import newsearch.server.search.lucene.facet.TopSources;
import newsearch.server.search.lucene.highlight.Highlights;
import newsearch.server.search.lucene.query.LuceneQuery;
import newsearch.server.search.lucene.query.QueryTranslator;
import newsearch.server.search.lucene.rank.LongQueryRanking;
import newsearch.server.search.lucene.rank.RankingSettings;
import newsearch.server.search.lucene.story.Collapse;
import newsearch.server.search.lucene.story.Stories;
import newsearch.server.search.lucene.story.StoryLookup;
import newsearch.server.search.query.Relaxation;
import newsearch.server.search.query.UserQuery;
import newsearch.server.search.query.UserQueryParser;
import newsearch.server.search.story.StoryView;
import newsearch.server.search.suggest.Suggestion;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the embedded Lucene index. One {@link SearcherManager} is shared by all requests; {@link
 * #refresh()} picks up a finished reindex without failing a request in flight.
 */
public final class LuceneSearchService implements SearchService {

  /**
   * A plain-words query of this many words or more is a question: it is ranked by any of its words
   * (BM25 puts articles with more, and rarer, of them first), as requiring every word loses
   * relevant articles that phrase it otherwise. A shorter query requires every word, and relaxes
   * only when no article has them all: two or three words are usually meant together.
   */
  static final int LONG_QUERY_WORDS = 4;

  private static final String TOO_LONG =
      "The search took too long and was cut short: results may be incomplete.";

  private static final String ANY_WORD =
      "No article has all of these words; showing articles with any of them.";

  private final IndexSchema schema = new IndexSchema();
  private final QueryTranslator translator = new QueryTranslator(schema.analyzer());
  private final VariantsFile variantsFile = VariantsFile.load(schema.analyzer(), IndexSchema.BODY);
  private final LongQueryRanking questions =
      new LongQueryRanking(schema.analyzer(), RankingSettings.fromSystemProperties());

  /** Below this many articles a slice is not worth a thread of its own. */
  private static final int SLICE_DOCS = 100_000;

  private static final int SLICES = Runtime.getRuntime().availableProcessors();

  private final SearcherManager manager;
  private final long timeoutMillis;
  private final int sliceDocs;
  // Searches a large index's slices side by side.
  private final ExecutorService slices =
      Executors.newFixedThreadPool(
          SLICES, Thread.ofPlatform().daemon().name("search-slice-", 0).factory());

  /**
   * What the query matched.
   *
   * @param query the user's query as it ran (relaxed or not), without the filters
   * @param filtered the same with the request's filters
   * @param relaxed whether a weaker form than the query as written ran
   * @param notice what was changed, or why nothing matched; null when nothing needs saying
   * @param withoutFilters the articles the query matches without the filters, when the filters
   *     alone empty the answer; else null
   * @param marked what the highlighter marks: the user's words, never a ranking's added terms
   */
  private record Matching(
      Query query,
      Query filtered,
      Matches matches,
      boolean relaxed,
      String notice,
      Long withoutFilters,
      Query marked) {

    Matching withNotice(String notice, Long withoutFilters) {
      return new Matching(query, filtered, matches, relaxed, notice, withoutFilters, marked);
    }

    Matching markedBy(Query marked) {
      return new Matching(query, filtered, matches, relaxed, notice, withoutFilters, marked);
    }
  }

  /** A user's query as parsed, and as Lucene runs it with this index's name variants. */
  private record Parsed(UserQuery user, LuceneQuery lucene, Optional<NameVariants> variants) {}

  private LuceneSearchService(SearcherManager manager, long timeoutMillis, int sliceDocs) {
    this.manager = manager;
    this.timeoutMillis = timeoutMillis;
    this.sliceDocs = sliceDocs;
  }

  /**
   * Opens the index at {@code indexDir}, which must hold one.
   *
   * @param timeoutMillis the longest a search may run before it answers with what it found
   */
  public static LuceneSearchService open(Path indexDir, long timeoutMillis) throws IOException {
    return open(indexDir, timeoutMillis, SLICE_DOCS);
  }

  /** The same, with slices of at least {@code sliceDocs} articles (a test slices a small index). */
  static LuceneSearchService open(Path indexDir, long timeoutMillis, int sliceDocs)
      throws IOException {
    return new LuceneSearchService(
        new SearcherManager(FSDirectory.open(indexDir), SuggestingSearcher.FACTORY),
        timeoutMillis,
        sliceDocs);
  }

  /** Switches to the newest commit of the index if there is one; cheap when there is none. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    IndexSearcher shared = manager.acquire();
    try {
      return search(request, shared, start);
    } catch (ExitingReaderException e) {
      // Stopped while rewriting or reading doc values: there is no partial answer to give.
      return SearchResult.stopped(
          request, (System.nanoTime() - start) / 1_000_000, List.of(TOO_LONG));
    } finally {
      manager.release(shared);
    }
  }

  private SearchResult search(SearchRequest request, IndexSearcher shared, long start)
      throws IOException {
    IndexSearcher searcher = timed(shared);
    Parsed parsed = parse(searcher, request.query(), request.literal());
    if (parsed.user().onlyExcludes() && request.sort().isEmpty()) {
      request = request.withSort(SortOrder.NEWEST);
    }
    Optional<Stories> stories = stories(searcher, request);
    Optional<Matching> landing =
        landing(searcher, (SuggestingSearcher) shared, parsed, request, stories);
    Matching matching =
        landing.isPresent() ? landing.get() : match(searcher, parsed, request, stories);
    Collapse page = collapse(searcher, matching, request, stories);
    Optional<Facets> facets =
        request.facets()
            ? Optional.of(facets(searcher, (SuggestingSearcher) shared, matching, request))
            : Optional.empty();
    List<Hit> hits = Hits.read(searcher.storedFields(), page.page(), stories);
    if (request.highlight()) {
      var highlights = new Highlights(searcher, schema.analyzer());
      hits = Hits.marked(highlights, matching.marked(), page.page(), hits);
    }
    var warnings = new ArrayList<>(parsed.lucene().warnings());
    Optional<String> didYouMean =
        new Corrections(searcher, schema.analyzer()).of(parsed.user(), request.query());
    if (searcher.timedOut()) {
      warnings.add(TOO_LONG);
    }
    return new SearchResult(
        page.total(),
        page.exact() && !searcher.timedOut(),
        matching.matches().total(),
        request.page(),
        request.size(),
        (System.nanoTime() - start) / 1_000_000,
        matching.relaxed(),
        List.copyOf(warnings),
        hits,
        facets.orElse(null),
        request.facets() ? approximate(matching) : null,
        parsed.user().interpretedAs().orElse(null),
        matching.notice(),
        didYouMean.orElse(null),
        matching.withoutFilters());
  }

  /**
   * A searcher per request: the time limit is per search, the reader and its caches are shared. The
   * exitable reader puts the limit on rewriting (a pattern walking the term dictionary) and on doc
   * values too, not only on collecting. A large index is searched in slices on every core.
   */
  private IndexSearcher timed(IndexSearcher shared) throws IOException {
    var timeout = new QueryTimeoutImpl(timeoutMillis);
    var reader = ExitableDirectoryReader.wrap((DirectoryReader) shared.getIndexReader(), timeout);
    // Lucene closes a slice once it passes this size: half a core's share keeps slices even.
    int perSlice = Math.max(sliceDocs, reader.maxDoc() / (2 * SLICES));
    var searcher =
        new IndexSearcher(reader, slices) {
          @Override
          protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return slices(leaves, perSlice, Integer.MAX_VALUE, false);
          }
        };
    searcher.setSimilarity(IndexSchema.SIMILARITY);
    searcher.setTimeout(timeout);
    return searcher;
  }

  /** The user's query as Lucene runs it, a name's word finding its spellings in this index. */
  private Parsed parse(IndexSearcher searcher, String query, boolean literal) throws IOException {
    Optional<NameVariants> variants =
        Optional.of(new NameVariants(searcher.getIndexReader(), variantsFile));
    UserQuery user = UserQueryParser.parse(query, literal);
    return new Parsed(user, translator.translate(user, variants), variants);
  }

  /** The stories of the index when the request shows each story once; else empty. */
  private static Optional<Stories> stories(IndexSearcher searcher, SearchRequest request)
      throws IOException {
    return request.dedupe() ? Optional.of(Stories.of(searcher.getIndexReader())) : Optional.empty();
  }

  /**
   * The landing page (no query, no filter, with facets): every article, counted when the searcher
   * opened instead of on every view.
   */
  private static Optional<Matching> landing(
      IndexSearcher searcher,
      SuggestingSearcher opened,
      Parsed parsed,
      SearchRequest request,
      Optional<Stories> stories)
      throws IOException {
    Query query = parsed.lucene().query();
    if (!(query instanceof MatchAllDocsQuery) || !request.facets() || request.filtered()) {
      return Optional.empty();
    }
    Matches all = Matches.everything(searcher, request, stories, opened.everything());
    return Optional.of(new Matching(query, query, all, false, null, null, query));
  }

  /**
   * Runs the query. A relaxable question runs with any word enough; a query that finds nothing runs
   * its weaker forms ({@link Relaxation}) in order, with the same filters, until one finds
   * something; when none does and the filters are to blame, the answer says so.
   */
  private Matching match(
      IndexSearcher searcher, Parsed parsed, SearchRequest request, Optional<Stories> stories)
      throws IOException {
    Optional<Query> filter = Filters.of(request, searcher.getIndexReader());
    LuceneQuery lucene = parsed.lucene();
    Optional<Query> relaxed = lucene.relaxed();
    if (relaxed.isPresent() && lucene.words() >= LONG_QUERY_WORDS) {
      // The question decides what matches; its ranking may add terms, which are never marked.
      Query ranked =
          request.effectiveSort() == SortOrder.RELEVANCE
                  || request.effectiveSort() == SortOrder.REPUBLISHED
              ? questions.rank(
                  searcher, relaxed.get(), request.query(), q -> Filters.apply(q, filter))
              : relaxed.get();
      return run(searcher, ranked, filter, request, stories, true, null)
          .markedBy(Filters.apply(relaxed.get(), filter));
    }
    Matching every = run(searcher, lucene.query(), filter, request, stories, false, null);
    if (every.matches().total() > 0 || lucene.query() instanceof MatchAllDocsQuery) {
      return every;
    }
    for (Relaxation.Step step : Relaxation.of(parsed.user())) {
      Query weaker = translator.tree(step.query(), parsed.variants());
      Matching m = run(searcher, weaker, filter, request, stories, true, step.notice());
      if (m.matches().total() > 0) {
        return m;
      }
    }
    if (relaxed.isPresent()) {
      Matching any = run(searcher, relaxed.get(), filter, request, stories, true, ANY_WORD);
      if (any.matches().total() > 0) {
        return any;
      }
    }
    if (request.filtered()) {
      long without = searcher.count(relaxed.orElse(lucene.query()));
      if (without > 0) {
        return every.withNotice(
            "No article matches the query with these filters; "
                + without
                + (without == 1 ? " article matches" : " articles match")
                + " without them.",
            without);
      }
    }
    return every.withNotice("No article matches this query.", null);
  }

  private static Matching run(
      IndexSearcher searcher,
      Query query,
      Optional<Query> filter,
      SearchRequest request,
      Optional<Stories> stories,
      boolean relaxed,
      String notice)
      throws IOException {
    Query filtered = Filters.apply(query, filter);
    Matches matches =
        request.facets() && !request.sources().isEmpty()
            ? Matches.sideways(
                searcher,
                Filters.apply(
                    query, Filters.of(request.withoutSources(), searcher.getIndexReader())),
                request,
                stories)
            : Matches.collect(searcher, filtered, request, stories);
    return new Matching(query, filtered, matches, relaxed, notice, null, filtered);
  }

  /** One hit per story, the others listed with it, and totals that count stories; or as matched. */
  private static Collapse collapse(
      IndexSearcher searcher, Matching matching, SearchRequest request, Optional<Stories> stories)
      throws IOException {
    Matches matches = matching.matches();
    if (stories.isEmpty()) {
      return new Collapse(matches.page(), matches.total(), matches.exact());
    }
    OptionalLong storyTotal =
        matches.facets().map(f -> OptionalLong.of(f.stories())).orElse(OptionalLong.empty());
    return Collapse.of(
        request,
        matches.ranked(),
        matches.exact(),
        storyTotal,
        stories.get(),
        n ->
            Matches.collect(searcher, matching.filtered(), request, n, false, Optional.empty())
                .ranked());
  }

  private static boolean approximate(Matching matching) {
    Matches m = matching.matches();
    return m.facets().map(FacetCollector::approximate).orElse(false)
        || m.allSources().map(FacetCollector::approximate).orElse(false);
  }

  private static Facets facets(
      IndexSearcher searcher, SuggestingSearcher opened, Matching matching, SearchRequest request)
      throws IOException {
    FacetCollector counted = matching.matches().facets().orElseThrow();
    FacetCollector forSources = matching.matches().allSources().orElse(counted);
    if (!request.share()) {
      return new Facets(TopSources.count(forSources), DateBuckets.count(counted));
    }
    // Shares divide by every article with the same filters; the source facet's filters leave out
    // the sources, as its counts do.
    FacetCollector allDays = everything(searcher, opened, request);
    FacetCollector allSources =
        request.sources().isEmpty()
            ? allDays
            : everything(searcher, opened, request.withoutSources());
    return new Facets(
        TopSources.count(forSources, Optional.of(allSources)),
        DateBuckets.count(counted, Optional.of(allDays)));
  }

  /** Every article that passes the request's filters, counted by source and day. */
  private static FacetCollector everything(
      IndexSearcher searcher, SuggestingSearcher opened, SearchRequest request) throws IOException {
    Optional<Query> filter = Filters.of(request, searcher.getIndexReader());
    if (filter.isEmpty()) {
      return opened.everything();
    }
    return searcher.search(
        Filters.apply(new MatchAllDocsQuery(), filter), FacetCollector.manager(true, true));
  }

  @Override
  public Optional<ArticleView> article(String id, String query) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      TopDocs found = searcher.search(new TermQuery(IndexSchema.idTerm(id)), 1);
      if (found.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int docId = found.scoreDocs[0].doc;
      var doc = searcher.storedFields().document(docId);
      String body = doc.get(IndexSchema.BODY);
      String headline = doc.get(IndexSchema.HEADLINE);
      // Absent from the JSON without a query: there is nothing to mark.
      String bodyHtml = null;
      String headlineHtml = null;
      if (query != null && !query.isBlank()) {
        try {
          IndexSearcher limited = timed(searcher);
          Query parsed = matchingForm(limited, parse(limited, query, false), docId);
          var highlights = new Highlights(limited, schema.analyzer());
          bodyHtml = highlights.whole(IndexSchema.BODY, parsed, docId, body.length());
          headlineHtml = highlights.whole(IndexSchema.HEADLINE, parsed, docId, headline.length());
        } catch (ExitingReaderException e) {
          // Marking took too long: the article is shown unmarked rather than not at all.
          bodyHtml = null;
          headlineHtml = null;
        }
      }
      Stories stories = Stories.of(searcher.getIndexReader());
      return Optional.of(
          new ArticleView(
              doc.get(IndexSchema.ID),
              headline,
              headlineHtml,
              doc.get(IndexSchema.DATE),
              doc.get(IndexSchema.SOURCE),
              doc.get(IndexSchema.URL),
              List.of(doc.getValues(IndexSchema.AUTHORS)),
              body,
              bodyHtml,
              stories.storyId(searcher.storedFields(), docId),
              Hits.versions(searcher.storedFields(), stories.others(docId)),
              extraction(doc)));
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The form of the query that finds article {@code docId}: the one the search ran, so that the
   * article view marks what made it a hit, also when the search was relaxed.
   */
  private Query matchingForm(IndexSearcher searcher, Parsed parsed, int docId) throws IOException {
    LuceneQuery lucene = parsed.lucene();
    var forms = new ArrayList<Query>();
    if (lucene.relaxed().isPresent() && lucene.words() >= LONG_QUERY_WORDS) {
      forms.add(lucene.relaxed().get());
    }
    forms.add(lucene.query());
    for (Relaxation.Step step : Relaxation.of(parsed.user())) {
      forms.add(translator.tree(step.query(), parsed.variants()));
    }
    lucene.relaxed().ifPresent(forms::add);
    Query doc =
        new TermQuery(
            IndexSchema.idTerm(searcher.storedFields().document(docId).get(IndexSchema.ID)));
    for (Query form : forms) {
      var both =
          new BooleanQuery.Builder()
              .add(form, BooleanClause.Occur.MUST)
              .add(doc, BooleanClause.Occur.FILTER)
              .build();
      if (searcher.count(both) > 0) {
        return form;
      }
    }
    return lucene.query();
  }

  /** How the article was read; null (left out of the JSON) for an index that did not keep it. */
  private static Extraction extraction(Document doc) {
    var method = doc.get(IndexSchema.EXTRACTION);
    if (method == null) {
      return null;
    }
    return new Extraction(
        method,
        doc.getField(IndexSchema.CONFIDENCE).numericValue().doubleValue(),
        Objects.requireNonNullElse(doc.get(IndexSchema.HEADLINE_ORIGIN), ""),
        Objects.requireNonNullElse(doc.get(IndexSchema.DATE_ORIGIN), ""),
        Objects.requireNonNullElse(doc.get(IndexSchema.SOURCE_ORIGIN), ""),
        Objects.requireNonNullElse(doc.get(IndexSchema.AUTHORS_ORIGIN), ""),
        Objects.requireNonNullElse(doc.get(IndexSchema.UNDATED), ""));
  }

  @Override
  public Optional<StoryView> story(String id) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return StoryLookup.of(searcher, id);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public BatchRow batch(BatchEntry entry, SearchRequest filters, int hits, Duration budget)
      throws IOException {
    IndexSearcher shared = manager.acquire();
    try {
      var timeout = new QueryTimeoutImpl(budget.toMillis());
      var reader = ExitableDirectoryReader.wrap((DirectoryReader) shared.getIndexReader(), timeout);
      // One thread, not the slices' pool: a batch keeps to its lane while people search.
      var searcher = new IndexSearcher(reader);
      searcher.setSimilarity(IndexSchema.SIMILARITY);
      searcher.setTimeout(timeout);
      var warnings = new ArrayList<String>();
      Query query =
          Filters.apply(asWritten(searcher, entry, warnings), Filters.of(filters, reader));
      return BatchRows.count(searcher, query, entry, filters, hits, warnings);
    } catch (ExitingReaderException e) {
      return BatchRow.skipped(entry, BatchRows.CUT);
    } finally {
      manager.release(shared);
    }
  }

  /**
   * Any of the entry's queries as written: never relaxed, never corrected; what was not understood,
   * and any suggestion, go to {@code warnings}.
   */
  private Query asWritten(IndexSearcher searcher, BatchEntry entry, List<String> warnings)
      throws IOException {
    var any = new BooleanQuery.Builder();
    var corrections = new Corrections(searcher, schema.analyzer());
    for (String q : entry.queries()) {
      Parsed parsed = parse(searcher, q, false);
      warnings.addAll(parsed.lucene().warnings());
      corrections
          .of(parsed.user(), q)
          .ifPresent(better -> warnings.add("Did you mean: " + better + "?"));
      any.add(parsed.lucene().query(), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  @Override
  public List<FeedEntry> feed(List<BatchEntry> entries, SearchRequest filters, int size)
      throws IOException {
    IndexSearcher shared = manager.acquire();
    try {
      IndexSearcher searcher = timed(shared);
      Optional<Query> filter = Filters.of(filters, searcher.getIndexReader());
      var queries = new ArrayList<Query>();
      for (BatchEntry entry : entries) {
        queries.add(Filters.apply(asWritten(searcher, entry, new ArrayList<>()), filter));
      }
      return Feeds.newest(searcher, schema.analyzer(), entries, queries, size);
    } catch (ExitingReaderException e) {
      // An empty feed would read as "nothing new": say it failed instead.
      throw new IllegalArgumentException("The feed's search took too long: narrow its query");
    } finally {
      manager.release(shared);
    }
  }

  @Override
  public long export(
      SearchRequest request, ExportFormat format, boolean withBody, int cap, OutputStream out)
      throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      // An export counts what was asked: never relaxed, never corrected.
      Query query =
          Filters.apply(
              parse(searcher, request.query(), request.literal()).lucene().query(),
              Filters.of(request, searcher.getIndexReader()));
      return new Exporter(timed(searcher), format, withBody)
          .write(query, Matches.sort(request, searcher.getIndexReader()), cap, out);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public Optional<List<RelatedArticle>> related(String id, int count) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return RelatedFinder.find(timed(searcher), schema.analyzer(), id, count);
    } catch (ExitingReaderException e) {
      return Optional.of(List.of());
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public List<Suggestion> suggest(String prefix, int size) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return ((SuggestingSearcher) searcher).suggester().lookup(prefix, size);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public IndexHealth health() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      var reader = (DirectoryReader) searcher.getIndexReader();
      String builtAt = reader.getIndexCommit().getUserData().getOrDefault(IndexSchema.BUILT_AT, "");
      int articles = reader.numDocs();
      return new IndexHealth(
          articles == 0 ? "empty" : "ok", articles, reader.getVersion(), builtAt);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    manager.close();
    slices.shutdown();
  }
}
