package newsearch.server.search.lucene.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.names.NameVariants;
import newsearch.server.search.query.QueryField;
import newsearch.server.search.query.QueryFields;
import newsearch.server.search.query.QueryNode;
import newsearch.server.search.query.QueryNode.Clause;
import newsearch.server.search.query.QueryNode.Group;
import newsearch.server.search.query.QueryNode.Join;
import newsearch.server.search.query.QueryNode.Modifier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query of each node of a query tree. Lucene's classic query parser is used for
 * its query factories only (analysis, normalized wildcard and fuzzy terms, ranges), the text having
 * been parsed already: so a tree runs as the same query Lucene would have parsed from its text.
 * User field names map to index fields here. One factory per query: it collects its warnings.
 */
final class LuceneQueryFactory extends MultiFieldQueryParser {

  /** The index field each field a user may name searches. */
  private static final Map<QueryField, String> INDEX_FIELDS =
      Map.of(
          QueryField.HEADLINE, IndexSchema.HEADLINE,
          QueryField.BODY, IndexSchema.BODY,
          QueryField.SOURCE, IndexSchema.SOURCE_TEXT,
          QueryField.AUTHOR, IndexSchema.AUTHORS);

  /**
   * A variant spelling of a name counts this much of the spelling searched, so that articles with
   * the exact spelling rank first.
   */
  static final float VARIANT_WEIGHT = 0.5f;

  private static final int MAX_REGEXP_CHARS = 1_000;
  private static final long MAX_REGEXP_STATES = 2_000;
  private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)(?:,(\\d*))?}");

  private final List<String> warnings;
  private final Optional<NameVariants> variants;

  LuceneQueryFactory(Analyzer analyzer, List<String> warnings, Optional<NameVariants> variants) {
    // The body field's postings hold the headline too, weighted (IndexSchema.BODY).
    super(new String[] {IndexSchema.BODY}, analyzer);
    this.warnings = warnings;
    this.variants = variants;
    setDefaultOperator(QueryParser.Operator.AND);
    setAllowLeadingWildcard(true);
    setSplitOnWhitespace(true);
  }

  /** The query of a whole tree: one that analysis leaves empty matches nothing. */
  Query top(QueryNode node) throws ParseException {
    Query query = build(node, null);
    return query != null ? query : newBooleanQuery().build();
  }

  /**
   * The query of {@code node}, searching {@code field} (as the user named it; null for the default
   * fields); null when analysis leaves nothing of it (stop words), as in Lucene's parser.
   */
  private Query build(QueryNode node, String field) throws ParseException {
    return switch (node) {
      case QueryNode.Everything e -> new MatchAllDocsQuery();
      case QueryNode.Term t -> getFieldQuery(field, t.text(), false);
      case QueryNode.Phrase p -> getFieldQuery(field, p.text(), p.slop());
      case QueryNode.Prefix p -> getPrefixQuery(field, p.text());
      case QueryNode.Wildcard w -> getWildcardQuery(field, w.pattern());
      case QueryNode.Regexp r -> getRegexpQuery(field, r.pattern());
      case QueryNode.Fuzzy f -> getFuzzyQuery(field, f.text(), f.distance());
      case QueryNode.Range r ->
          getRangeQuery(
              field, r.from().orElse(null), r.to().orElse(null), r.fromIncluded(), r.toIncluded());
      case QueryNode.InField f -> build(f.query(), f.field().name());
      case QueryNode.Boost b -> {
        Query q = build(b.query(), field);
        // Nothing left to weigh when analysis dropped every word.
        yield q == null ? null : new BoostQuery(q, b.boost());
      }
      case Group g -> group(g, field);
      case QueryNode.AtLeast a -> atLeast(a, field);
    };
  }

  /** Any of the queries, at least the share asked of those analysis keeps. */
  private Query atLeast(QueryNode.AtLeast node, String field) throws ParseException {
    var kept = new ArrayList<Query>();
    for (QueryNode q : node.queries()) {
      Query built = build(q, field);
      if (built != null) {
        kept.add(built);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    var any = new BooleanQuery.Builder();
    kept.forEach(q -> any.add(q, Occur.SHOULD));
    return any.setMinimumNumberShouldMatch(node.minimum(kept.size())).build();
  }

  /** The clauses as {@link Group} combines them, the empty ones left out. */
  private Query group(Group group, String field) throws ParseException {
    var clauses = new ArrayList<BooleanClause>();
    Query first = null;
    for (int i = 0; i < group.clauses().size(); i++) {
      Clause clause = group.clauses().get(i);
      Query q = build(clause.query(), field);
      if (i == 0 && clause.modifier() == Modifier.NONE) {
        first = q;
      }
      if (!clauses.isEmpty() && clause.join() != Join.NONE) {
        int last = clauses.size() - 1;
        BooleanClause before = clauses.get(last);
        if (!before.isProhibited()) {
          Occur occur = clause.join() == Join.AND ? Occur.MUST : Occur.SHOULD;
          clauses.set(last, new BooleanClause(before.query(), occur));
        }
      }
      if (q != null) {
        clauses.add(new BooleanClause(q, occur(clause.occur())));
      }
    }
    if (!clauses.isEmpty() && clauses.stream().allMatch(BooleanClause::isProhibited)) {
      // Exclusions alone ask for every other article; Lucene would match none.
      clauses.add(0, new BooleanClause(new MatchAllDocsQuery(), Occur.MUST));
    }
    return clauses.size() == 1 && first != null ? first : getBooleanQuery(clauses);
  }

  private static Occur occur(QueryNode.Occur occur) {
    return switch (occur) {
      case MUST -> Occur.MUST;
      case SHOULD -> Occur.SHOULD;
      case MUST_NOT -> Occur.MUST_NOT;
    };
  }

  /**
   * The index field for a user's field name; null (the default fields) for an unknown one, with a
   * warning. An index field's own name (the parser's calls name {@code body}) is taken as it is.
   */
  private String map(String field) {
    if (field == null || INDEX_FIELDS.containsValue(field)) {
      return field;
    }
    Optional<String> mapped = QueryFields.lookup(field).map(INDEX_FIELDS::get);
    if (mapped.isEmpty()) {
      warnings.add(QueryFields.unknownFieldWarning(field));
    }
    return mapped.orElse(null);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    String mapped = map(field);
    if (field != null && mapped == null) {
      return getFieldQuery(null, field + " " + queryText, quoted);
    }
    if (mapped == null && !quoted) {
      var term = new QueryNode.Term(queryText);
      Query words = super.getFieldQuery(IndexSchema.BODY, term.word(), false);
      if (words == null) {
        return null;
      }
      return term.exact() || variants.isEmpty() ? words : withVariants(words, variants.get());
    }
    return super.getFieldQuery(mapped, queryText, quoted);
  }

  /**
   * A name's word, or any of its spellings: {@code Kiev} also finds {@code Kyiv}, weighted lower.
   * The variants are terms of the index, so the highlighter marks them as found.
   */
  private static Query withVariants(Query words, NameVariants variants) {
    if (!(words instanceof TermQuery word)) {
      return words;
    }
    List<String> others;
    try {
      others = variants.of(word.getTerm().text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (others.isEmpty()) {
      return words;
    }
    var any = new BooleanQuery.Builder().add(words, Occur.SHOULD);
    for (String other : others) {
      Query variant = new TermQuery(new Term(IndexSchema.BODY, other));
      any.add(new BoostQuery(variant, VARIANT_WEIGHT), Occur.SHOULD);
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
}
