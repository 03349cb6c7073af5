package newsearch.server.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.server.search.query.QueryLexer.Kind;
import newsearch.server.search.query.QueryLexer.SyntaxError;
import newsearch.server.search.query.QueryLexer.Token;
import newsearch.server.search.query.QueryNode.Boost;
import newsearch.server.search.query.QueryNode.Clause;
import newsearch.server.search.query.QueryNode.Field;
import newsearch.server.search.query.QueryNode.Fuzzy;
import newsearch.server.search.query.QueryNode.Group;
import newsearch.server.search.query.QueryNode.InField;
import newsearch.server.search.query.QueryNode.Join;
import newsearch.server.search.query.QueryNode.Modifier;
import newsearch.server.search.query.QueryNode.Phrase;
import newsearch.server.search.query.QueryNode.Prefix;
import newsearch.server.search.query.QueryNode.Range;
import newsearch.server.search.query.QueryNode.Regexp;
import newsearch.server.search.query.QueryNode.Term;
import newsearch.server.search.query.QueryNode.Wildcard;

/**
 * The classic query syntax, read into a tree by recursive descent over the {@link QueryLexer}'s
 * tokens; one instance per text.
 *
 * <pre>
 *   query  = clause { [AND | OR] clause }
 *   clause = [+ | - | NOT] [field ":"] (term | "(" query ")" [^boost])
 *   term   = word [^boost] [~fuzzy] | "phrase" [~slop] [^boost] | prefix* | wild?card | /regexp/
 *          | [from TO to] | {from TO to}
 * </pre>
 */
final class QuerySyntax {

  private final List<Token> tokens;
  private int next;
  // Warnings for leaves read in a field that is no field: kept only when the syntax fails, since a
  // backend warns of them itself as it translates the tree.
  private final List<String> unknownFields = new ArrayList<>();

  QuerySyntax(String text) {
    this.tokens = QueryLexer.tokens(text);
  }

  /** The warnings for fields that are no field, of the leaves read before a syntax error. */
  List<String> unknownFields() {
    return unknownFields;
  }

  /** The tree of the whole text. */
  QueryNode parse() throws SyntaxError {
    Group query = query(Optional.empty());
    expect(Kind.EOF, "the end of the query");
    return query;
  }

  /**
   * Clauses up to the end or a closing parenthesis. A run of plain words is read as one, each word
   * looking two tokens ahead as Lucene's parser does, so that a syntax error is found at the same
   * word (which matters for the warnings of words already read).
   */
  private Group query(Optional<Field> field) throws SyntaxError {
    var clauses = new ArrayList<Clause>();
    if (wordsAhead()) {
      words(clauses, field);
    } else {
      Modifier modifier = modifier();
      clauses.add(new Clause(Join.NONE, modifier, clause(field)));
    }
    while (startsClause(at(0).kind())) {
      if (wordsAhead()) {
        words(clauses, field);
      } else {
        Join join = join();
        Modifier modifier = modifier();
        clauses.add(new Clause(join, modifier, clause(field)));
      }
    }
    return new Group(clauses);
  }

  /**
   * Whether two plain words follow, the second not followed by a field, a suffix or an operator.
   */
  private boolean wordsAhead() throws SyntaxError {
    return at(0).kind() == Kind.TERM && at(1).kind() == Kind.TERM && plainWordFollows(2);
  }

  private boolean plainWordFollows(int k) throws SyntaxError {
    return switch (at(k).kind()) {
      case COLON, STAR, FUZZY_SLOP, CARAT, AND, OR -> false;
      default -> true;
    };
  }

  /** Plain words as required clauses, while another plain word follows. */
  private void words(List<Clause> clauses, Optional<Field> field) throws SyntaxError {
    clauses.add(new Clause(Join.NONE, Modifier.NONE, word(field)));
    do {
      clauses.add(new Clause(Join.NONE, Modifier.NONE, word(field)));
    } while (at(0).kind() == Kind.TERM && plainWordFollows(1));
  }

  private QueryNode word(Optional<Field> field) throws SyntaxError {
    Token term = expect(Kind.TERM, "a word");
    return leaf(new Term(unescape(term.image())), field);
  }

  private static boolean startsClause(Kind kind) {
    return switch (kind) {
      case AND, OR, PLUS, MINUS, NOT -> true;
      case TERM, STAR, PREFIXTERM, WILDTERM, REGEXPTERM, NUMBER, BAREOPER -> true;
      case RANGEIN_START, RANGEEX_START, QUOTED, LPAREN -> true;
      default -> false;
    };
  }

  private Join join() throws SyntaxError {
    return switch (at(0).kind()) {
      case AND -> {
        next++;
        yield Join.AND;
      }
      case OR -> {
        next++;
        yield Join.OR;
      }
      default -> Join.NONE;
    };
  }

  private Modifier modifier() throws SyntaxError {
    return switch (at(0).kind()) {
      case PLUS -> {
        next++;
        yield Modifier.REQUIRED;
      }
      case MINUS, NOT -> {
        next++;
        yield Modifier.PROHIBITED;
      }
      default -> Modifier.NONE;
    };
  }

  private QueryNode clause(Optional<Field> outer) throws SyntaxError {
    Optional<Field> field = Optional.empty();
    Kind first = at(0).kind();
    if ((first == Kind.TERM || first == Kind.STAR) && at(1).kind() == Kind.COLON) {
      field = Optional.of(Field.named(first == Kind.STAR ? "*" : unescape(at(0).image())));
      next += 2;
    }
    Optional<Field> searched = field.isPresent() ? field : outer;
    QueryNode query;
    if (at(0).kind() == Kind.LPAREN) {
      next++;
      query = query(searched);
      expect(Kind.RPAREN, "')'");
      query =
          boost(query, at(0).kind() == Kind.CARAT ? Optional.of(boostNumber()) : Optional.empty());
    } else {
      query = term(searched);
    }
    return field.isPresent() ? new InField(field.get(), query) : query;
  }

  private QueryNode term(Optional<Field> field) throws SyntaxError {
    Token term = at(0);
    switch (term.kind()) {
      case TERM, STAR, PREFIXTERM, WILDTERM, REGEXPTERM, NUMBER, BAREOPER -> {
        next++;
        Suffixes suffixes = suffixes();
        Optional<Token> fuzzy = suffixes.fuzzy();
        Optional<Token> boost = suffixes.boost();
        String image = term.kind() == Kind.BAREOPER ? term.image().substring(0, 1) : term.image();
        String text = unescape(image);
        QueryNode node =
            switch (term.kind()) {
              case STAR, WILDTERM -> new Wildcard(image);
              case PREFIXTERM -> new Prefix(unescape(image.substring(0, image.length() - 1)));
              case REGEXPTERM -> new Regexp(image.substring(1, image.length() - 1));
              default ->
                  fuzzy.isPresent() ? new Fuzzy(text, distance(fuzzy.get())) : new Term(text);
            };
        return boost(leaf(node, field), boost);
      }
      case RANGEIN_START, RANGEEX_START -> {
        next++;
        Token from = bound();
        expect(Kind.RANGE_TO, "'TO'");
        Token to = bound();
        Token end = at(0);
        if (end.kind() != Kind.RANGEIN_END && end.kind() != Kind.RANGEEX_END) {
          throw unexpected("']' or '}'");
        }
        next++;
        Optional<Token> boost =
            at(0).kind() == Kind.CARAT ? Optional.of(boostNumber()) : Optional.empty();
        QueryNode range =
            new Range(
                boundValue(from),
                boundValue(to),
                term.kind() == Kind.RANGEIN_START,
                end.kind() == Kind.RANGEIN_END);
        return boost(leaf(range, field), boost);
      }
      case QUOTED -> {
        next++;
        Suffixes suffixes = suffixes();
        String inner = term.image().substring(1, term.image().length() - 1);
        int slop = suffixes.fuzzy().map(QuerySyntax::slop).orElse(0);
        return boost(leaf(new Phrase(unescape(inner), slop), field), suffixes.boost());
      }
      default -> throw unexpected("a word, a phrase or '('");
    }
  }

  /**
   * A leaf read in {@code field}. A field that is no field is warned of as each leaf is read, so
   * that a syntax error later in the query still reports it, as Lucene's parser did.
   */
  private QueryNode leaf(QueryNode leaf, Optional<Field> field) {
    if (field.isPresent() && field.get().meaning().isEmpty()) {
      unknownFields.add(QueryFields.unknownFieldWarning(field.get().name()));
    }
    return leaf;
  }

  /** A word's or a phrase's {@code ~N} and {@code ^N}, in either order. */
  private record Suffixes(Optional<Token> fuzzy, Optional<Token> boost) {}

  private Suffixes suffixes() throws SyntaxError {
    if (at(0).kind() == Kind.CARAT) {
      Token boost = boostNumber();
      return new Suffixes(optional(Kind.FUZZY_SLOP), Optional.of(boost));
    }
    Optional<Token> fuzzy = optional(Kind.FUZZY_SLOP);
    Optional<Token> boost =
        fuzzy.isPresent() && at(0).kind() == Kind.CARAT
            ? Optional.of(boostNumber())
            : Optional.empty();
    return new Suffixes(fuzzy, boost);
  }

  /** The number after {@code ^}, the caret consumed. */
  private Token boostNumber() throws SyntaxError {
    next++;
    return expect(Kind.NUMBER, "a number after '^'");
  }

  private static QueryNode boost(QueryNode query, Optional<Token> boost) {
    return boost.isPresent() ? new Boost(query, Float.parseFloat(boost.get().image())) : query;
  }

  private Token bound() throws SyntaxError {
    Kind kind = at(0).kind();
    if (kind != Kind.RANGE_GOOP && kind != Kind.RANGE_QUOTED && kind != Kind.RANGE_TO) {
      throw unexpected("a range bound");
    }
    return tokens.get(next++);
  }

  /** A bound's text; empty for {@code *}, an open end. */
  private static Optional<String> boundValue(Token bound) throws SyntaxError {
    String image = bound.image();
    if (bound.kind() == Kind.RANGE_QUOTED) {
      return Optional.of(unescape(image.substring(1, image.length() - 1)));
    }
    return image.equals("*") ? Optional.empty() : Optional.of(unescape(image));
  }

  /** The edits or similarity of {@code ~N}; {@link Fuzzy#EDITS} for a bare or unreadable one. */
  private static float distance(Token fuzzy) throws SyntaxError {
    float distance = Fuzzy.EDITS;
    try {
      distance = Float.parseFloat(fuzzy.image().substring(1));
    } catch (NumberFormatException e) {
      // "~" alone, or letters after it: the default distance.
    }
    if (distance < 0f) {
      throw new SyntaxError("a fuzzy term's similarity must be between 0 and 1");
    } else if (distance >= 1f && distance != (int) distance) {
      throw new SyntaxError("a fuzzy term's edit distance must be a whole number");
    }
    return distance;
  }

  /** The slop of {@code "phrase"~N}; 0 when unreadable. */
  private static int slop(Token fuzzy) {
    try {
      return (int) Float.parseFloat(fuzzy.image().substring(1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The token {@code k} ahead; fails at a character no token matches. */
  private Token at(int k) throws SyntaxError {
    Token t = tokens.get(Math.min(next + k, tokens.size() - 1));
    if (t.kind() == Kind.ERROR) {
      throw new SyntaxError(t.image());
    }
    return t;
  }

  private Optional<Token> optional(Kind kind) throws SyntaxError {
    return at(0).kind() == kind ? Optional.of(tokens.get(next++)) : Optional.empty();
  }

  private Token expect(Kind kind, String what) throws SyntaxError {
    if (at(0).kind() != kind) {
      throw unexpected(what);
    }
    return tokens.get(next++);
  }

  private SyntaxError unexpected(String expected) throws SyntaxError {
    Token t = at(0);
    String found = t.kind() == Kind.EOF ? "the end" : "'" + t.image() + "'";
    return new SyntaxError(
        "expected " + expected + " at character " + (t.start() + 1) + ", found " + found);
  }

  /** The text with escapes resolved: {@code \x} is {@code x}, {@code \\u0041} is {@code A}. */
  static String unescape(String input) throws SyntaxError {
    var out = new StringBuilder(input.length());
    boolean escaped = false;
    int multiplier = 0;
    int codePoint = 0;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (multiplier > 0) {
        codePoint += hex(c) * multiplier;
        multiplier >>>= 4;
        if (multiplier == 0) {
          out.append((char) codePoint);
          codePoint = 0;
        }
      } else if (escaped) {
        if (c == 'u') {
          multiplier = 16 * 16 * 16;
        } else {
          out.append(c);
        }
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else {
        out.append(c);
      }
    }
    if (multiplier > 0) {
      throw new SyntaxError("a \\u escape is cut short");
    }
    if (escaped) {
      throw new SyntaxError("a word cannot end with '\\'");
    }
    return out.toString();
  }

  private static int hex(char c) throws SyntaxError {
    if (c >= '0' && c <= '9') {
      return c - '0';
    } else if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    throw new SyntaxError("'" + c + "' is not a hex digit of a \\u escape");
  }
}
