package newsearch.server.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.lucene.facet.FacetCollector;
import newsearch.server.search.lucene.story.Stories;
import newsearch.server.search.lucene.suggest.IndexSuggester;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A searcher with the suggestions, the stories and the landing page's counts of its own reader: the
 * {@link SearcherManager} opens one per commit, so a request that acquires it sees suggestions
 * counted over exactly the articles it searches.
 *
 * <p>Building them takes seconds on a large archive. The first searcher builds them in the
 * background, so that the server answers searches at once and the first suggest requests wait for
 * them; a reopen after a reindex builds them before the new searcher replaces the old one, which
 * serves meanwhile, so a refresh swaps both at once.
 */
final class SuggestingSearcher extends IndexSearcher {

  private static final Logger LOG = LoggerFactory.getLogger(SuggestingSearcher.class);

  /**
   * Opens searchers with the schema's similarity, their reader's suggestions and stories. The
   * stories are built here, before the searcher serves, so that no user's query pays for them.
   */
  static final SearcherFactory FACTORY =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
            throws IOException {
          long start = System.nanoTime();
          Stories stories = Stories.of(reader);
          LOG.info(
              "Stories: {} of two or more articles among {}, built in {} ms",
              stories.multiArticleStories(),
              reader.numDocs(),
              (System.nanoTime() - start) / 1_000_000);
          var searcher = new SuggestingSearcher(reader, stories);
          if (previous != null) {
            searcher.suggester();
          }
          return searcher;
        }
      };

  private final CompletableFuture<IndexSuggester> suggester = new CompletableFuture<>();
  private final FacetCollector everything;

  private SuggestingSearcher(IndexReader reader, Stories stories) throws IOException {
    super(reader);
    setSimilarity(IndexSchema.SIMILARITY);
    long start = System.nanoTime();
    everything =
        search(
            new MatchAllDocsQuery(),
            FacetCollector.manager(true, true, Optional.of(stories), Long.MAX_VALUE));
    LOG.info(
        "Landing page counts of {} articles, built in {} ms",
        everything.total(),
        (System.nanoTime() - start) / 1_000_000);
    // The build holds a reference: a refresh may release this searcher before the build ends.
    reader.incRef();
    Thread.ofPlatform().daemon().name("suggestions-v" + version(reader)).start(() -> build(reader));
  }

  private void build(IndexReader reader) {
    try {
      IndexSuggester built = IndexSuggester.build(reader);
      LOG.info(
          "Suggestions: {} names and phrases of {} articles, built in {} ms",
          built.entries(),
          reader.numDocs(),
          built.buildMillis());
      suggester.complete(built);
    } catch (IOException | RuntimeException e) {
      LOG.error("Could not build the suggestions", e);
      suggester.completeExceptionally(e);
    } finally {
      try {
        reader.decRef();
      } catch (IOException e) {
        LOG.warn("Could not release the reader after building suggestions", e);
      }
    }
  }

  /**
   * Every article counted per source, per day and per story: the landing page (no query, no filter)
   * shows these counts on every view, so they are counted once per index version.
   */
  FacetCollector everything() {
    return everything;
  }

  /** The suggestions of this searcher's reader, once built. */
  IndexSuggester suggester() throws IOException {
    try {
      return suggester.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new UncheckedIOException(new IOException("Suggestions unavailable", e.getCause()));
    }
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader d ? d.getVersion() : 0;
  }
}
