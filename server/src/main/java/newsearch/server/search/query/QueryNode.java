package newsearch.server.search.query;

import java.util.List;
import java.util.Optional;

/**
 * A user's query as a tree, in the classic query syntax ({@code "exact phrase" -excluded field:word
 * prefix* fuzzy~ (a OR b)}) but with no search engine in it: each backend translates the tree, with
 * its own analysis, to its own queries. Text is kept as the user typed it, escapes resolved; a leaf
 * searches the default fields unless an {@link InField} above it names one.
 */
public sealed interface QueryNode {

  /** An empty query: every article. */
  record Everything() implements QueryNode {}

  /**
   * A word (or a run of characters that analysis may split into words). A leading {@code =} asks
   * for the exact spelling only, without a name's other spellings.
   */
  record Term(String text) implements QueryNode {
    /** Whether the word asks for its exact spelling only ({@code =Kiev}). */
    public boolean exact() {
      return text.startsWith("=");
    }

    /** The text without the exact-spelling mark. */
    public String word() {
      return exact() ? text.substring(1) : text;
    }
  }

  /** Words in this order, at most {@code slop} moves apart ({@code "container ships"~2}). */
  record Phrase(String text, int slop) implements QueryNode {}

  /** Any word that starts with {@code text} ({@code inflat*}). */
  record Prefix(String text) implements QueryNode {}

  /** A word pattern with {@code *} (any characters) and {@code ?} (one), escapes still in it. */
  record Wildcard(String pattern) implements QueryNode {}

  /** A regular expression over words ({@code /colou?r/}). */
  record Regexp(String pattern) implements QueryNode {}

  /**
   * A word spelled like {@code text} ({@code harbuor~}).
   *
   * @param distance edits allowed when 1 or more ({@link #EDITS}, two, when the user gave no
   *     number); a similarity between 0 and 1 below that
   */
  record Fuzzy(String text, float distance) implements QueryNode {
    /** The edits a bare {@code ~} allows. */
    public static final float EDITS = 2f;
  }

  /** Words from {@code from} to {@code to}, in index order; an empty end is open. */
  record Range(Optional<String> from, Optional<String> to, boolean fromIncluded, boolean toIncluded)
      implements QueryNode {}

  /** {@code query} in the field a user named ({@code headline:Rubio}, {@code title:(a b)}). */
  record InField(Field field, QueryNode query) implements QueryNode {}

  /** {@code query} weighted {@code boost} times ({@code word^2}). */
  record Boost(QueryNode query, float boost) implements QueryNode {}

  /**
   * Clauses combined ({@code a -b +c OR d}, or what parentheses enclose). With no operator every
   * clause is required. {@code AND} before a clause makes the clause before it required, {@code OR}
   * makes it optional (an excluded clause stays excluded); a clause whose words analysis drops
   * (stop words only) is left out, its {@code AND} or {@code OR} then applying to the clause before
   * it. A group that keeps one clause, its first and without a modifier, is that clause.
   */
  record Group(List<Clause> clauses) implements QueryNode {
    public Group {
      clauses = List.copyOf(clauses);
    }
  }

  /**
   * At least {@code percent} of {@code queries} (and at least one) match: "most of the words". A
   * query whose words analysis drops (stop words only) does not count.
   */
  record AtLeast(int percent, List<QueryNode> queries) implements QueryNode {
    public AtLeast {
      if (percent < 0 || percent > 100) {
        throw new IllegalArgumentException("percent must be 0..100, was " + percent);
      }
      queries = List.copyOf(queries);
    }

    /** How many of {@code count} queries that analysis keeps must match. */
    public int minimum(int count) {
      return Math.max(1, (int) Math.ceil(count * percent / 100.0));
    }
  }

  /** One clause of a group: how the user joined it to the one before, and its modifier. */
  record Clause(Join join, Modifier modifier, QueryNode query) {
    /** How the clause itself occurs, before a later {@code AND} or {@code OR} changes it. */
    public Occur occur() {
      if (modifier == Modifier.PROHIBITED) {
        return Occur.MUST_NOT;
      }
      return join == Join.OR ? Occur.SHOULD : Occur.MUST;
    }
  }

  /** The operator before a clause: none, {@code AND} ({@code &&}) or {@code OR} ({@code ||}). */
  enum Join {
    NONE,
    AND,
    OR
  }

  /** The sign before a clause: none, {@code +}, or {@code -} ({@code !}, {@code NOT}). */
  enum Modifier {
    NONE,
    REQUIRED,
    PROHIBITED
  }

  /** Whether a clause must match, may match (adding to the score) or must not match. */
  enum Occur {
    MUST,
    SHOULD,
    MUST_NOT
  }

  /**
   * A field as the user named it, and what it means; empty for a name that is no field, whose words
   * a backend searches in the default fields instead.
   */
  record Field(String name, Optional<QueryField> meaning) {
    /** The field {@code name} names. */
    public static Field named(String name) {
      return new Field(name, QueryFields.lookup(name));
    }
  }
}
