package newsearch.server.search.lucene;

import java.io.IOException;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.lucene.suggest.IndexSuggester;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A searcher with the suggestions of its own reader: the {@link SearcherManager} opens one per
 * commit, so a request that acquires it sees suggestions counted over exactly the articles it
 * searches, and a refresh swaps both at once.
 */
final class SuggestingSearcher extends IndexSearcher {

  private static final Logger LOG = LoggerFactory.getLogger(SuggestingSearcher.class);

  /** Opens searchers with the schema's similarity and their reader's suggestions. */
  static final SearcherFactory FACTORY =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
            throws IOException {
          return new SuggestingSearcher(reader, IndexSuggester.build(reader));
        }
      };

  private final IndexSuggester suggester;

  private SuggestingSearcher(IndexReader reader, IndexSuggester suggester) {
    super(reader);
    setSimilarity(IndexSchema.SIMILARITY);
    this.suggester = suggester;
    LOG.info(
        "Suggestions: {} names and phrases of {} articles, built in {} ms",
        suggester.entries(),
        reader.numDocs(),
        suggester.buildMillis());
  }

  IndexSuggester suggester() {
    return suggester;
  }
}
