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
 * @param interpretedAs how the query was read when that differs from its literal syntax (capitals
 *     or prose read as words), empty otherwise
 */
public record UserQuery(
    Optional<QueryNode> query,
    QueryNode.Group words,
    boolean relaxable,
    List<String> warnings,
    Optional<String> interpretedAs) {

  public UserQuery {
    warnings = List.copyOf(warnings);
    interpretedAs = interpretedAs == null ? Optional.empty() : interpretedAs;
  }

  /** A query read as its syntax says. */
  public UserQuery(
      Optional<QueryNode> query, QueryNode.Group words, boolean relaxable, List<String> warnings) {
    this(query, words, relaxable, warnings, Optional.empty());
  }

  /**
   * True when the query only excludes ({@code -guardian}, {@code NOT guardian}): it asks for every
   * other article, and a ranking by relevance means nothing there.
   */
  public boolean onlyExcludes() {
    return query.orElse(words) instanceof QueryNode.Group g
        && !g.clauses().isEmpty()
        && g.clauses().stream().allMatch(c -> c.modifier() == QueryNode.Modifier.PROHIBITED);
  }

  /** The empty query: every article, nothing to relax. */
  static UserQuery everything() {
    return new UserQuery(
        Optional.of(new QueryNode.Everything()), new QueryNode.Group(List.of()), false, List.of());
  }
}
