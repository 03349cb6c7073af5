package newsearch.server.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into the tokens of the classic query syntax, longest match first (ties to the kind
 * listed first), with its three states: after {@code ^} only a number, between {@code [} and {@code
 * ]} (or {@code {}} the words of a range.
 */
final class QueryLexer {

  /** The kinds of token, in the order that breaks a tie between matches of one length. */
  enum Kind {
    AND,
    OR,
    NOT,
    PLUS,
    MINUS,
    /** {@code +}, {@code -} or {@code !} before white space: a word of its own. */
    BAREOPER,
    LPAREN,
    RPAREN,
    COLON,
    STAR,
    CARAT,
    QUOTED,
    TERM,
    FUZZY_SLOP,
    PREFIXTERM,
    WILDTERM,
    REGEXPTERM,
    RANGEIN_START,
    RANGEEX_START,
    NUMBER,
    RANGE_TO,
    RANGEIN_END,
    RANGEEX_END,
    RANGE_QUOTED,
    RANGE_GOOP,
    EOF,
    /** Where no token matches: the image is the reason; nothing follows it. */
    ERROR
  }

  /** A token: its kind, its text as typed, and where it starts. */
  record Token(Kind kind, String image, int start) {}

  /** The query is not in the syntax; the message says where and why. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  private enum State {
    DEFAULT,
    BOOST,
    RANGE
  }

  private static final String NOT_IN_TERM_START = " \t\n\r\u3000+-!():^[]\"{}~*?\\/";

  private final String text;

  private QueryLexer(String text) {
    this.text = text;
  }

  /**
   * Every token of {@code text}, the last one {@link Kind#EOF}, or {@link Kind#ERROR} where no
   * token matches: the parser fails there only when it reaches it, as a lexer called token by token
   * would.
   */
  static List<Token> tokens(String text) {
    return new QueryLexer(text).all();
  }

  private List<Token> all() {
    var out = new ArrayList<Token>();
    State state = State.DEFAULT;
    int i = 0;
    while (true) {
      if (state != State.BOOST) {
        while (i < text.length() && isWhitespace(text.charAt(i))) {
          i++;
        }
      }
      if (i >= text.length()) {
        out.add(new Token(Kind.EOF, "", i));
        return out;
      }
      Token t =
          switch (state) {
            case DEFAULT -> longest(i, defaultLengths(i));
            case BOOST -> number(i);
            case RANGE -> longest(i, rangeLengths(i));
          };
      if (t == null) {
        String reason =
            "unexpected '" + text.charAt(i) + "' at character " + (i + 1) + describe(state);
        out.add(new Token(Kind.ERROR, reason, i));
        return out;
      }
      out.add(t);
      state =
          switch (t.kind()) {
            case CARAT -> State.BOOST;
            case RANGEIN_START, RANGEEX_START -> State.RANGE;
            case NUMBER, RANGEIN_END, RANGEEX_END -> State.DEFAULT;
            default -> state;
          };
      i += t.image().length();
    }
  }

  private static String describe(State state) {
    return switch (state) {
      case DEFAULT -> "";
      case BOOST -> " (a number must follow '^')";
      case RANGE -> " (in a range)";
    };
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000';
  }

  /** The kinds of the default state with the length each matches at {@code i} (0: none). */
  private int[] defaultLengths(int i) {
    int[] len = new int[Kind.values().length];
    char c = text.charAt(i);
    len[Kind.AND.ordinal()] = text.startsWith("AND", i) ? 3 : text.startsWith("&&", i) ? 2 : 0;
    len[Kind.OR.ordinal()] = text.startsWith("OR", i) || text.startsWith("||", i) ? 2 : 0;
    len[Kind.NOT.ordinal()] = text.startsWith("NOT", i) ? 3 : c == '!' ? 1 : 0;
    len[Kind.PLUS.ordinal()] = c == '+' ? 1 : 0;
    len[Kind.MINUS.ordinal()] = c == '-' ? 1 : 0;
    len[Kind.BAREOPER.ordinal()] =
        "+-!".indexOf(c) >= 0 && i + 1 < text.length() && isWhitespace(text.charAt(i + 1)) ? 2 : 0;
    len[Kind.LPAREN.ordinal()] = c == '(' ? 1 : 0;
    len[Kind.RPAREN.ordinal()] = c == ')' ? 1 : 0;
    len[Kind.COLON.ordinal()] = c == ':' ? 1 : 0;
    len[Kind.STAR.ordinal()] = c == '*' ? 1 : 0;
    len[Kind.CARAT.ordinal()] = c == '^' ? 1 : 0;
    len[Kind.QUOTED.ordinal()] = c == '"' ? quoted(i) : 0;
    int term = termStart(i);
    if (term > 0) {
      term += termChars(i + term, false);
    }
    len[Kind.TERM.ordinal()] = term;
    len[Kind.FUZZY_SLOP.ordinal()] = c == '~' ? 1 + termChars(i + 1, false) : 0;
    len[Kind.PREFIXTERM.ordinal()] =
        c == '*'
            ? 1
            : term > 0 && i + term < text.length() && text.charAt(i + term) == '*' ? term + 1 : 0;
    int wildStart = c == '*' || c == '?' ? 1 : termStart(i);
    len[Kind.WILDTERM.ordinal()] = wildStart > 0 ? wildStart + termChars(i + wildStart, true) : 0;
    len[Kind.REGEXPTERM.ordinal()] = c == '/' ? closed(i, '/', false) : 0;
    len[Kind.RANGEIN_START.ordinal()] = c == '[' ? 1 : 0;
    len[Kind.RANGEEX_START.ordinal()] = c == '{' ? 1 : 0;
    return len;
  }

  /** The kinds of the range state with the length each matches at {@code i}. */
  private int[] rangeLengths(int i) {
    int[] len = new int[Kind.values().length];
    char c = text.charAt(i);
    len[Kind.RANGE_TO.ordinal()] = text.startsWith("TO", i) ? 2 : 0;
    len[Kind.RANGEIN_END.ordinal()] = c == ']' ? 1 : 0;
    len[Kind.RANGEEX_END.ordinal()] = c == '}' ? 1 : 0;
    len[Kind.RANGE_QUOTED.ordinal()] = c == '"' ? closed(i, '"', true) : 0;
    int goop = 0;
    while (i + goop < text.length() && " ]}".indexOf(text.charAt(i + goop)) < 0) {
      goop++;
    }
    len[Kind.RANGE_GOOP.ordinal()] = goop;
    return len;
  }

  private Token longest(int i, int[] lengths) {
    int best = -1;
    for (int k = 0; k < lengths.length; k++) {
      if (lengths[k] > 0 && (best < 0 || lengths[k] > lengths[best])) {
        best = k;
      }
    }
    return best < 0
        ? null
        : new Token(Kind.values()[best], text.substring(i, i + lengths[best]), i);
  }

  /** Digits, and a fraction: the boost after {@code ^}. */
  private Token number(int i) {
    int j = i;
    while (j < text.length() && isDigit(text.charAt(j))) {
      j++;
    }
    if (j == i) {
      return null;
    }
    if (j + 1 < text.length() && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
      j += 2;
      while (j < text.length() && isDigit(text.charAt(j))) {
        j++;
      }
    }
    return new Token(Kind.NUMBER, text.substring(i, j), i);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The length of a character that may start a word at {@code i}: 2 for an escape, 0 for none. */
  private int termStart(int i) {
    if (i >= text.length()) {
      return 0;
    }
    char c = text.charAt(i);
    if (c == '\\') {
      return i + 1 < text.length() ? 2 : 0;
    }
    return NOT_IN_TERM_START.indexOf(c) < 0 ? 1 : 0;
  }

  /** The length of the word characters from {@code i} on ({@code - +} too; {@code * ?} if wild). */
  private int termChars(int i, boolean wild) {
    int j = i;
    while (j < text.length()) {
      char c = text.charAt(j);
      int n = termStart(j);
      if (n == 0 && (c == '-' || c == '+' || (wild && (c == '*' || c == '?')))) {
        n = 1;
      }
      if (n == 0) {
        break;
      }
      j += n;
    }
    return j - i;
  }

  /** A quoted phrase: up to the first unescaped quote; 0 when the quote is not closed. */
  private int quoted(int i) {
    int j = i + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == '"') {
        return j + 1 - i;
      }
      if (c == '\\') {
        if (j + 1 >= text.length()) {
          return 0;
        }
        j += 2;
      } else {
        j++;
      }
    }
    return 0;
  }

  /**
   * A regular expression {@code /…/} or a quoted range bound {@code "…"}: up to the last closing
   * character that every earlier one before it is escaped for ({@code \/}, {@code \"}); 0 when
   * there is none (or, for a range bound, nothing between).
   */
  private int closed(int i, char close, boolean nonEmpty) {
    int end = -1;
    for (int j = i + 1; j < text.length(); j++) {
      if (text.charAt(j) != close) {
        continue;
      }
      boolean escaped = j - 1 > i && text.charAt(j - 1) == '\\';
      if (!nonEmpty || j > i + 1) {
        end = j;
      }
      if (!escaped) {
        break;
      }
    }
    return end < 0 ? 0 : end + 1 - i;
  }
}
