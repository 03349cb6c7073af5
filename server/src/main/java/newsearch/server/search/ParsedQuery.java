package newsearch.server.search;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;

/**
 * A user query as Lucene will run it.
 *
 * @param query the query to run
 * @param relaxed the same words with only some of them required, when the query is plain words that
 *     could be relaxed
 * @param words how many required words a plain-words query has (0 for other queries)
 * @param warnings what was not understood
 */
record ParsedQuery(Query query, Optional<Query> relaxed, int words, List<String> warnings) {}
