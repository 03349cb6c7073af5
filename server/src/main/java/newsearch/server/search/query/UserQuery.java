package newsearch.server.search.query;

import java.util.List;
import java.util.Optional;

/**
 * What a user typed, parsed.
 *
 * @param query the tree to search; empty when the syntax was not understood, and the plain {@code
 *     words} are searched
 * @param words the query's words, each required: what is searched when the syntax was not
 *     understood, or when a backend cannot run the tree as written (a limit of its own, such as too
 *     many clauses)
 * @param relaxable whether any one word may be enough: true for plain words, and for syntax without
 *     explicit conditions ({@code + - AND OR NOT field:}), such as a question with a phrase in it
 * @param warnings what was not understood
 */
public record UserQuery(
    Optional<QueryNode> query, QueryNode.Group words, boolean relaxable, List<String> warnings) {

  public UserQuery {
    warnings = List.copyOf(warnings);
  }

  /** The empty query: every article, nothing to relax. */
  static UserQuery everything() {
    return new UserQuery(
        Optional.of(new QueryNode.Everything()), new QueryNode.Group(List.of()), false, List.of());
  }
}
