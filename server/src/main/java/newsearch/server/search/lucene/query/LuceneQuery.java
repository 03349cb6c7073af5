package newsearch.server.search.lucene.query;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;

/**
 * A user query as Lucene will run it.
 *
 * @param query the query to run
 * @param relaxed the same words with any one of them enough, when the query is words (and phrases)
 *     without explicit conditions
 * @param words how many required clauses a relaxable query has (0 for other queries)
 * @param warnings what was not understood
 */
public record LuceneQuery(Query query, Optional<Query> relaxed, int words, List<String> warnings) {

  public LuceneQuery {
    warnings = List.copyOf(warnings);
  }
}
