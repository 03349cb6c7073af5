package newsearch.server.search.query;

import java.util.ArrayList;
import java.util.List;
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
  private static final Pattern OPERATOR_WORDS_AND_TO = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

  // What syntax would read in a query that is read as words instead: replaced by spaces there.
  private static final Pattern SYNTAX_CHARACTERS =
      Pattern.compile("[\"():*?~^\\[\\]{}!/\\\\]|(?<=^|\\s)[-+]+|&&|\\|\\|");

  /** Wire copy and old archives are written in capitals: there AND, OR, NOT are words. */
  static final double CAPITALS_SHARE = 0.7;

  /** This many words or more, with a comma or a closing full stop, ? or !, is a pasted sentence. */
  static final int PROSE_WORDS = 8;

  private static final Pattern PROSE_MARK = Pattern.compile(",|[.?!][\"')\\]]*$");

  // Deeper nesting than this is not a person's query; the parser would recurse on it.
  private static final int MAX_DEPTH = 32;

  private UserQueryParser() {}

  /** Parses {@code text}, reading capitals and prose as words; never fails. */
  public static UserQuery parse(String text) {
    return parse(text, false);
  }

  /**
   * Parses {@code text}; never fails.
   *
   * @param literal read the syntax as written, even in capitals or prose
   */
  public static UserQuery parse(String text, boolean literal) {
    if (text.isBlank()) {
      return UserQuery.everything();
    }
    if (!literal && SYNTAX.matcher(text).find() && (inCapitals(text) || isProse(text))) {
      String read = SYNTAX_CHARACTERS.matcher(text).replaceAll(" ").strip();
      if (read.isEmpty()) {
        return UserQuery.everything();
      }
      Group words = words(read);
      String shown =
          String.join(
              " ",
              words.clauses().stream()
                  .map(c -> ((Term) c.query()).text().toLowerCase(Locale.ROOT))
                  .toList());
      return new UserQuery(Optional.empty(), words, true, List.of(), Optional.of(shown));
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

  /**
   * True when at least {@link #CAPITALS_SHARE} of the letters outside operator words are capitals:
   * {@code a AND NOT b} uses operators, {@code RUSSIA AND UKRAINE} is written in capitals.
   */
  static boolean inCapitals(String text) {
    text = OPERATOR_WORDS_AND_TO.matcher(text).replaceAll(" ");
    int letters = 0;
    int capitals = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          capitals++;
        }
      }
    }
    // One capital word ("NATO -summit") is an acronym, not a query written in capitals.
    return letters > 0 && capitals >= CAPITALS_SHARE * letters && words(text).clauses().size() > 1;
  }

  /** True when the text reads as a sentence someone pasted, not as a query. */
  static boolean isProse(String text) {
    return words(text).clauses().size() >= PROSE_WORDS && PROSE_MARK.matcher(text.strip()).find();
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
