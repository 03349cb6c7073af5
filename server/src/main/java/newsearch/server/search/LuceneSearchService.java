package newsearch.server.search;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.names.NameVariants;
import newsearch.indexer.names.VariantsFile;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
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

  private static final Set<String> VERSION_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.SOURCE, IndexSchema.DATE);

  /** What a hit shows: not the body, whose decoding was the top cost of a hits-only answer. */
  private static final Set<String> HIT_FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.HEADLINE,
          IndexSchema.DATE,
          IndexSchema.SOURCE,
          IndexSchema.URL);

  private final IndexSchema schema = new IndexSchema();
  private final UserQueryParser parser = new UserQueryParser(schema.analyzer());
  private final VariantsFile variantsFile = VariantsFile.load(schema.analyzer(), IndexSchema.BODY);
  private final SearcherManager manager;
  private final long timeoutMillis;

  private LuceneSearchService(SearcherManager manager, long timeoutMillis) {
    this.manager = manager;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Opens the index at {@code indexDir}, which must hold one.
   *
   * @param timeoutMillis the longest a search may run before it answers with what it found
   */
  public static LuceneSearchService open(Path indexDir, long timeoutMillis) throws IOException {
    var factory =
        new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            var searcher = new IndexSearcher(reader);
            searcher.setSimilarity(IndexSchema.SIMILARITY);
            return searcher;
          }
        };
    return new LuceneSearchService(
        new SearcherManager(FSDirectory.open(indexDir), factory), timeoutMillis);
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
      IndexSearcher searcher = timed(shared);
      ParsedQuery parsed = parser.parse(request.query(), variants(searcher));
      var warnings = new ArrayList<>(parsed.warnings());
      Query filter = Filters.of(request);
      boolean relaxed = parsed.relaxed().isPresent() && parsed.words() >= LONG_QUERY_WORDS;
      Query userQuery = relaxed ? parsed.relaxed().get() : parsed.query();
      Query query = Filters.apply(userQuery, filter);
      Matches matches = Matches.collect(searcher, query, request);
      if (parsed.relaxed().isPresent() && !relaxed && matches.total() == 0) {
        Query relaxedQuery = Filters.apply(parsed.relaxed().get(), filter);
        Matches more = Matches.collect(searcher, relaxedQuery, request);
        if (more.total() > 0) {
          matches = more;
          userQuery = parsed.relaxed().get();
          query = relaxedQuery;
          relaxed = true;
        }
      }
      // Issue 8: one hit per story, the others listed with it; totals count stories.
      Stories stories = request.dedupe() ? Stories.of(searcher.getIndexReader()) : null;
      Collapse collapsed =
          stories == null
              ? new Collapse(matches.page(), matches.total(), matches.exact())
              : Collapse.of(searcher, query, request, matches, stories);
      List<Hit> hits = hits(searcher, query, collapsed.page(), request, stories);
      Facets facets = null;
      if (request.facets()) {
        facets = facets(searcher, userQuery, request, matches);
      }
      if (searcher.timedOut()) {
        warnings.add("The search took too long and was cut short: results may be incomplete.");
      }
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(
          collapsed.total(),
          collapsed.exact(),
          matches.total(),
          request.page(),
          request.size(),
          tookMs,
          relaxed,
          List.copyOf(warnings),
          hits,
          facets);
    } finally {
      manager.release(shared);
    }
  }

  private IndexSearcher timed(IndexSearcher shared) {
    // A searcher per request: the time limit is per search, the reader and its caches are shared.
    var searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(IndexSchema.SIMILARITY);
    searcher.setTimeout(new QueryTimeoutImpl(timeoutMillis));
    return searcher;
  }

  private NameVariants variants(IndexSearcher searcher) throws IOException {
    return new NameVariants(searcher.getIndexReader(), variantsFile);
  }

  private List<Hit> hits(
      IndexSearcher searcher, Query query, ScoreDoc[] page, SearchRequest request, Stories stories)
      throws IOException {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    String[][] marked =
        request.highlight() && page.length > 0
            ? new Highlights(searcher, schema.analyzer()).forHits(query, docIds)
            : null;
    StoredFields stored = searcher.storedFields();
    var hits = new ArrayList<Hit>(page.length);
    for (int i = 0; i < page.length; i++) {
      var doc = stored.document(docIds[i], HIT_FIELDS);
      hits.add(
          new Hit(
              doc.get(IndexSchema.ID),
              doc.get(IndexSchema.HEADLINE),
              marked == null ? null : marked[i][0],
              doc.get(IndexSchema.DATE),
              doc.get(IndexSchema.SOURCE),
              doc.get(IndexSchema.URL),
              marked == null ? null : marked[i][1],
              Float.isNaN(page[i].score) ? 0 : page[i].score,
              stories == null ? null : versions(stored, stories.others(docIds[i]))));
    }
    return hits;
  }

  /** The id, source and date of each doc; null for none, so that the JSON leaves it out. */
  private static List<Version> versions(StoredFields stored, int[] docs) throws IOException {
    if (docs.length == 0) {
      return null;
    }
    var out = new ArrayList<Version>(docs.length);
    for (int d : docs) {
      var doc = stored.document(d, VERSION_FIELDS);
      out.add(
          new Version(
              doc.get(IndexSchema.ID), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.DATE)));
    }
    return out;
  }

  private Facets facets(
      IndexSearcher searcher, Query userQuery, SearchRequest request, Matches matches)
      throws IOException {
    FacetCounts forSources = matches.facets();
    if (!request.sources().isEmpty()) {
      // The source facet ignores the source filter, so that ticking one source still shows the
      // rest.
      Query query = Filters.apply(userQuery, Filters.of(request.withoutSources()));
      forSources = searcher.search(query, FacetCounts.manager(true, false));
    }
    return new Facets(SourceFacets.count(forSources), DateHistograms.count(matches.facets()));
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
      String bodyHtml = null;
      String headlineHtml = null;
      if (query != null && !query.isBlank()) {
        Query parsed = parser.parse(query, variants(searcher)).query();
        var highlights = new Highlights(searcher, schema.analyzer());
        bodyHtml = highlights.whole(IndexSchema.BODY, parsed, docId, body.length());
        headlineHtml = highlights.whole(IndexSchema.HEADLINE, parsed, docId, headline.length());
      }
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
              Stories.of(searcher.getIndexReader()).storyId(searcher.storedFields(), docId),
              Objects.requireNonNullElse(
                  versions(
                      searcher.storedFields(), Stories.of(searcher.getIndexReader()).others(docId)),
                  List.of())));
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public long export(
      SearchRequest request, ExportFormat format, boolean withBody, int cap, OutputStream out)
      throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      ParsedQuery parsed = parser.parse(request.query(), variants(searcher));
      Query query = Filters.apply(parsed.query(), Filters.of(request));
      return new Exporter(searcher, format, withBody).write(query, Matches.sort(request), cap, out);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public Optional<List<RelatedArticle>> related(String id, int count) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return Related.find(timed(searcher), schema.analyzer(), id, count);
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
  }
}
