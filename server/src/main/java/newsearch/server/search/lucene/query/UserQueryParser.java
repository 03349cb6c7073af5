package newsearch.server.search.lucene.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.names.NameVariants;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a Lucene query: plain words all required over headline (weighted
 * higher) and body; Lucene's classic syntax for phrases, {@code -exclusion}, {@code OR}, groups,
 * fields, prefixes and fuzzy terms. Whatever does not parse is searched as plain words, with a
 * warning, never an error.
 */
public final class UserQueryParser {

  /** Fields a user may name, and the index field each searches. */
  static final Map<String, String> FIELDS =
      Map.of(
          "headline", IndexSchema.HEADLINE,
          "title", IndexSchema.HEADLINE,
          "body", IndexSchema.BODY,
          "text", IndexSchema.BODY,
          "source", IndexSchema.SOURCE_TEXT,
          "author", IndexSchema.AUTHORS,
          "authors", IndexSchema.AUTHORS);

  // A question mark that ends a word ("computers?"), or a dash, plus or star standing alone
  // ("parsing - a survey"), is prose: as syntax it would make a wildcard or exclude a word.
  private static final Pattern PROSE_PUNCTUATION =
      Pattern.compile("(?<=\\w)\\?+(?=[\\s),;.\"]|$)|(?<=^|\\s)[-+*](?=[\\s.,;:!?)]|$)");
  // What a user types to ask for an exact condition: required or excluded words, operators, fields.
  private static final Pattern EXPLICIT =
      Pattern.compile(
          "(^|[\\s(])[-+!]\\S|\\b(AND|OR|NOT)\\b|&&|\\|\\||(?i)\\b(headline|title|body|text|source|authors?):");

  // Deeper nesting than this is not a person's query; the parser would recurse on it.
  private static final int MAX_DEPTH = 32;
  private static final Pattern SYNTAX =
      Pattern.compile("[\"():*?~^\\[\\]{}+!/\\\\]|(^|\\s)-|\\b(AND|OR|NOT)\\b");
  private static final int MAX_REGEXP_CHARS = 1_000;
  private static final long MAX_REGEXP_STATES = 2_000;
  private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)(?:,(\\d*))?}");
  private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT)\\b");

  /**
   * A variant spelling of a name counts this much of the spelling searched, so that articles with
   * the exact spelling rank first (issue 8).
   */
  static final float VARIANT_WEIGHT = 0.5f;

  private final Analyzer analyzer;

  public UserQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  ParsedQuery parse(String text) {
    return parse(text, null);
  }

  /**
   * @param variants the name variants of the index searched; null for exact spellings only
   */
  public ParsedQuery parse(String text, NameVariants variants) {
    if (text.isBlank()) {
      return new ParsedQuery(new MatchAllDocsQuery(), Optional.empty(), 0, List.of());
    }
    text = PROSE_PUNCTUATION.matcher(text).replaceAll(" ").strip();
    var warnings = new ArrayList<String>();
    boolean plain = !SYNTAX.matcher(text).find();
    Query query;
    if (depth(text) > MAX_DEPTH) {
      warnings.add("The query nests parentheses too deeply; searched its words instead.");
      query = plainWords(text, variants);
      plain = true;
    } else {
      try {
        query = parser(warnings, variants).parse(text);
      } catch (ParseException | TokenMgrError | RuntimeException e) {
        // RuntimeException: regexps too complex to compile, too many clauses, bad ranges.
        warnings.add(
            "Could not understand the query syntax ("
                + shortReason(e)
                + "); searched its words instead.");
        query = plainWords(text, variants);
        plain = true;
      }
    }
    query = query == null ? new MatchNoDocsQuery() : query;
    // Phrases and parentheses in a question are not conditions; +, -, AND, OR, NOT, field: are.
    boolean relaxable = plain || !EXPLICIT.matcher(text).find();
    Optional<Query> relaxed = relaxable ? relax(query) : Optional.empty();
    int words = relaxed.isPresent() ? ((BooleanQuery) query).clauses().size() : 0;
    return new ParsedQuery(query, relaxed, words, List.copyOf(warnings));
  }

  private Query plainWords(String text, NameVariants variants) {
    String escaped =
        OPERATOR_WORDS
            .matcher(QueryParser.escape(text))
            .replaceAll(m -> m.group().toLowerCase(java.util.Locale.ROOT));
    try {
      return parser(new ArrayList<>(), variants).parse(escaped);
    } catch (ParseException | TokenMgrError | IndexSearcher.TooManyClauses e) {
      return new MatchNoDocsQuery();
    }
  }

  /**
   * All words required becomes any of them, ranked by BM25 (articles with more of the words, and
   * rarer ones, first): a long question rarely matches every word, and requiring even half of them
   * loses most relevant articles (issue 6: CACM MAP 0.11 with half, 0.29 with any).
   */
  private static Optional<Query> relax(Query query) {
    if (!(query instanceof BooleanQuery bq) || bq.clauses().size() < 2) {
      return Optional.empty();
    }
    Query relaxed = anyWord(bq);
    return relaxed == bq ? Optional.empty() : Optional.of(relaxed);
  }

  /** Required clauses become optional, in groups too; {@code bq} itself when none is required. */
  private static Query anyWord(BooleanQuery bq) {
    if (bq.clauses().stream().noneMatch(c -> c.occur() == BooleanClause.Occur.MUST)) {
      return bq;
    }
    var relaxed = new BooleanQuery.Builder();
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() == BooleanClause.Occur.MUST) {
        Query q = c.query() instanceof BooleanQuery group ? anyWord(group) : c.query();
        relaxed.add(q, BooleanClause.Occur.SHOULD);
      } else {
        relaxed.add(c);
      }
    }
    return relaxed.setMinimumNumberShouldMatch(1).build();
  }

  private MultiFieldQueryParser parser(List<String> warnings, NameVariants variants) {
    var parser = new FieldMappingParser(analyzer, warnings, variants);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(true);
    parser.setSplitOnWhitespace(true);
    return parser;
  }

  /**
   * A bound on the automaton states the repetitions of a regex make: the product of (bound + 1)
   * over its {@code {n,m}}. Lucene builds that automaton before its determinize work limit applies,
   * and the build grows faster than linearly: {@code /.{0,99999}/} took 19 s, {@code
   * /[a-z]{1,1000}{1,1000}/} minutes, blocking a server thread past any query timeout.
   */
  static long repeatStates(String regex) {
    long states = 1;
    Matcher m = REPEAT.matcher(regex);
    while (m.find()) {
      String upper = m.group(2) != null && !m.group(2).isEmpty() ? m.group(2) : m.group(1);
      long bound = upper.length() > 6 ? Long.MAX_VALUE / 2 : Long.parseLong(upper);
      states = Math.min(Long.MAX_VALUE / 2, states * (bound + 1));
    }
    return states;
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

  private static String shortReason(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.lines().findFirst().orElse(m);
    return m.length() > 120 ? m.substring(0, 120) + "…" : m;
  }

  /** The classic parser, with user-facing field names mapped to index fields. */
  private static final class FieldMappingParser extends MultiFieldQueryParser {
    private final List<String> warnings;
    private final NameVariants variants;

    FieldMappingParser(Analyzer analyzer, List<String> warnings, NameVariants variants) {
      // The body field's postings hold the headline too, weighted (IndexSchema.BODY).
      super(new String[] {IndexSchema.BODY}, analyzer);
      this.warnings = warnings;
      this.variants = variants;
    }

    /** The index field for a user's field name; null (the default fields) for an unknown one. */
    private String map(String field) {
      if (field == null || FIELDS.containsValue(field)) {
        return field;
      }
      String mapped = FIELDS.get(field.toLowerCase(java.util.Locale.ROOT));
      if (mapped == null) {
        warnings.add(
            "Unknown field '"
                + field
                + ":'; searched the words instead. Fields: headline, body, source, author.");
      }
      return mapped;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      String mapped = map(field);
      if (field != null && mapped == null) {
        return getFieldQuery(null, field + " " + queryText, quoted);
      }
      if (mapped == null && !quoted) {
        boolean exactOnly = queryText.startsWith("=");
        String text = exactOnly ? queryText.substring(1) : queryText;
        Query words = super.getFieldQuery(IndexSchema.BODY, text, false);
        if (words == null) {
          return null;
        }
        return exactOnly || variants == null ? words : withVariants(words);
      }
      return super.getFieldQuery(mapped, queryText, quoted);
    }

    /**
     * A name's word, or any of its spellings (issue 8): {@code Kiev} also finds {@code Kyiv},
     * weighted lower. The variants are terms of the index, so the highlighter marks them as found.
     */
    private Query withVariants(Query words) {
      if (!(words instanceof TermQuery word)) {
        return words;
      }
      List<String> others;
      try {
        others = variants.of(word.getTerm().text());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (others.isEmpty()) {
        return words;
      }
      var any = new BooleanQuery.Builder().add(words, BooleanClause.Occur.SHOULD);
      for (String other : others) {
        Query variant = new TermQuery(new Term(IndexSchema.BODY, other));
        any.add(new BoostQuery(variant, VARIANT_WEIGHT), BooleanClause.Occur.SHOULD);
      }
      return any.build();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      String mapped = map(field);
      return super.getFieldQuery(field != null && mapped == null ? null : mapped, queryText, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(map(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return super.getWildcardQuery(map(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      return super.getFuzzyQuery(map(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      if (termStr.length() > MAX_REGEXP_CHARS || repeatStates(termStr) > MAX_REGEXP_STATES) {
        throw new ParseException("the regular expression is too complex");
      }
      return super.getRegexpQuery(map(field), termStr);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      return super.getRangeQuery(map(field), part1, part2, startInclusive, endInclusive);
    }
  }
}
