package newsearch.server.search.query;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import newsearch.server.search.query.QueryLexer.SyntaxError;
import newsearch.server.search.query.QueryNode.Clause;
import newsearch.server.search.query.QueryNode.Group;
import newsearch.server.search.query.QueryNode.Join;
import newsearch.server.search.query.QueryNode.Modifier;
import newsearch.server.search.query.QueryNode.Term;

/**
 * Parses what a user typed into a {@link QueryNode} tree: plain words, all required; the classic
 * syntax for phrases, {@code -exclusion}, {@code OR}, groups, fields, prefixes and fuzzy terms.
 * Whatever does not parse is searched as plain words, with a warning, never an error. The grammar
 * is {@link QuerySyntax}'s.
 */
public final class UserQueryParser {

  // A question mark that ends a word ("computers?"), or a dash, plus or star standing alone
  // ("parsing - a survey"), is prose: as syntax it would make a wildcard or exclude a word.
  private static final Pattern PROSE_PUNCTUATION =
      Pattern.compile("(?<=\\w)\\?+(?=[\\s),;.\"]|$)|(?<=^|\\s)[-+*](?=[\\s.,;:!?)]|$)");
  // What a user types to ask for an exact condition: required or excluded words, operators, fields.
  private static final Pattern EXPLICIT =
      Pattern.compile(
          "(^|[\\s(])[-+!]\\S|\\b(AND|OR|NOT)\\b|&&|\\|\\||(?i)\\b("
              + QueryFields.namePattern()
              + "):");
  private static final Pattern SYNTAX =
      Pattern.compile("[\"():*?~^\\[\\]{}+!/\\\\]|(^|\\s)-|\\b(AND|OR|NOT)\\b");
  private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT)\\b");

  // Deeper nesting than this is not a person's query; the parser would recurse on it.
  private static final int MAX_DEPTH = 32;

  private UserQueryParser() {}

  /** Parses {@code text}; never fails. */
  public static UserQuery parse(String text) {
    if (text.isBlank()) {
      return UserQuery.everything();
    }
    text = PROSE_PUNCTUATION.matcher(text).replaceAll(" ").strip();
    var warnings = new ArrayList<String>();
    boolean plain = !SYNTAX.matcher(text).find();
    Optional<QueryNode> query = Optional.empty();
    if (depth(text) > MAX_DEPTH) {
      warnings.add("The query nests parentheses too deeply; searched its words instead.");
      plain = true;
    } else {
      var syntax = new QuerySyntax(text);
      try {
        query = Optional.of(syntax.parse());
      } catch (SyntaxError e) {
        warnings.addAll(syntax.unknownFields());
        warnings.add(cannotUnderstand("Cannot parse '" + text + "': " + e.getMessage()));
        plain = true;
      }
    }
    // Phrases and parentheses in a question are not conditions; +, -, AND, OR, NOT, field: are.
    boolean relaxable = plain || !EXPLICIT.matcher(text).find();
    return new UserQuery(query, words(text), relaxable, warnings);
  }

  /** The warning for a query searched as plain words because of {@code reason}. */
  public static String cannotUnderstand(String reason) {
    String m = reason.lines().findFirst().orElse(reason);
    m = m.length() > 120 ? m.substring(0, 120) + "…" : m;
    return "Could not understand the query syntax (" + m + "); searched its words instead.";
  }

  /**
   * Every white-space separated word, required, with no syntax: operator words as words ({@code
   * and}), signs and brackets as characters.
   */
  static Group words(String text) {
    var clauses = new ArrayList<Clause>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || QueryLexer.isWhitespace(text.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        String word =
            OPERATOR_WORDS
                .matcher(text.substring(start, i))
                .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        clauses.add(new Clause(Join.NONE, Modifier.NONE, new Term(word)));
        start = -1;
      }
    }
    return new Group(clauses);
  }

  private static int depth(String text) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        max = Math.max(max, ++depth);
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }
}
