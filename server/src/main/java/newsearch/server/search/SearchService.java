package newsearch.server.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import newsearch.server.search.batch.BatchEntry;
import newsearch.server.search.batch.BatchRow;
import newsearch.server.search.feed.FeedEntry;
import newsearch.server.search.story.StoryView;
import newsearch.server.search.suggest.Suggestion;

/**
 * What the API asks of a search backend. Today the embedded Lucene index (package {@code
 * search.lucene}); a cluster backend could stand behind the same interface.
 */
public interface SearchService extends Closeable {

  /** The page of hits, and the counts, of one search. */
  SearchResult search(SearchRequest request) throws IOException;

  /** The article with this id; with a non-empty {@code query}, its matches marked. */
  Optional<ArticleView> article(String id, String query) throws IOException;

  /**
   * The articles most like article {@code id} that are not versions of its story, best first; empty
   * when there is no such article id.
   */
  Optional<List<RelatedArticle>> related(String id, int count) throws IOException;

  /**
   * Every version of the story of article {@code id} (a story id is one too), with what each
   * changed against the earliest; empty when there is no such article id.
   */
  Optional<StoryView> story(String id) throws IOException;

  /**
   * Counts the articles matching any of {@code entry}'s queries with the filters of {@code filters}
   * (its query, page and sort aside), as written: never relaxed, never corrected.
   *
   * @param hits the best matches to list, 1 or more
   * @param budget the longest the entry may take; past it the row is cut short and says so
   */
  BatchRow batch(BatchEntry entry, SearchRequest filters, int hits, Duration budget)
      throws IOException;

  /**
   * The {@code size} articles matching any of {@code entries} with the filters of {@code filters}
   * that newsearch saw last, newest first; every version of a story, never relaxed.
   */
  List<FeedEntry> feed(List<BatchEntry> entries, SearchRequest filters, int size)
      throws IOException;

  /**
   * Writes every article matching {@code request} (at most {@code cap}) to {@code out}.
   *
   * @return the number of articles written
   */
  long export(
      SearchRequest request, ExportFormat format, boolean withBody, int cap, OutputStream out)
      throws IOException;

  /**
   * At most {@code size} names and headline phrases that start with {@code prefix} (case and
   * accents aside), those in the most live articles first; empty for a blank prefix.
   */
  List<Suggestion> suggest(String prefix, int size) throws IOException;

  /** The state of the index being served. */
  IndexHealth health() throws IOException;
}
