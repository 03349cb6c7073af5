package newsearch.server.search.batch;

import java.util.List;

/**
 * One row of a batch: the queries of one entity, OR-ed and counted once.
 *
 * @param label the entity's name as the list gave it; null for a query without one
 * @param queries its spellings, each in the full query syntax; at least one
 */
public record BatchEntry(String label, List<String> queries) {

  public BatchEntry {
    queries = List.copyOf(queries);
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("A batch row needs at least one query");
    }
  }

  /** The row's queries as one search a user could type: each in parentheses, OR-ed. */
  public String query() {
    if (queries.size() == 1) {
      return queries.getFirst();
    }
    return String.join(" OR ", queries.stream().map(q -> "(" + q + ")").toList());
  }
}
