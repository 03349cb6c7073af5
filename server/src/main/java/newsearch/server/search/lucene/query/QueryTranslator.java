package newsearch.server.search.lucene.query;

import java.util.ArrayList;
import java.util.Optional;
import newsearch.indexer.names.NameVariants;
import newsearch.server.search.query.QueryNode;
import newsearch.server.search.query.UserQuery;
import newsearch.server.search.query.UserQueryParser;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Translates a parsed user query to the Lucene query that runs it, and its relaxed form: plain
 * words all required over the body field (whose postings hold the headline too, weighted higher), a
 * name's word finding its other spellings. A tree Lucene cannot run (too many clauses, a regular
 * expression too complex, a fuzzy distance past two edits) is searched as its plain words, with a
 * warning.
 */
public final class QueryTranslator {

  private final Analyzer analyzer;

  public QueryTranslator(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * @param variants the name variants of the index searched; empty for exact spellings only
   */
  public LuceneQuery translate(UserQuery parsed, Optional<NameVariants> variants) {
    if (parsed.query().filter(QueryNode.Everything.class::isInstance).isPresent()) {
      return new LuceneQuery(new MatchAllDocsQuery(), Optional.empty(), 0, parsed.warnings());
    }
    var warnings = new ArrayList<>(parsed.warnings());
    boolean relaxable = parsed.relaxable();
    Query query;
    if (parsed.query().isEmpty()) {
      query = words(parsed.words(), variants);
    } else {
      try {
        query = new LuceneQueryFactory(analyzer, warnings, variants).top(parsed.query().get());
      } catch (ParseException | RuntimeException e) {
        // RuntimeException: regexps too complex to compile, too many clauses, fuzzy distances.
        warnings.add(UserQueryParser.cannotUnderstand(reason(e)));
        query = words(parsed.words(), variants);
        relaxable = true;
      }
    }
    Optional<Query> relaxed = relaxable ? relax(query) : Optional.empty();
    int words = relaxed.isPresent() ? ((BooleanQuery) query).clauses().size() : 0;
    return new LuceneQuery(query, relaxed, words, warnings);
  }

  /**
   * The query of one tree, such as a weaker form of a user's query; nothing when Lucene cannot run
   * it.
   */
  public Query tree(QueryNode node, Optional<NameVariants> variants) {
    try {
      return new LuceneQueryFactory(analyzer, new ArrayList<>(), variants).top(node);
    } catch (ParseException | RuntimeException e) {
      return new MatchNoDocsQuery();
    }
  }

  /** The plain words, each required; nothing for no words or more clauses than Lucene takes. */
  private Query words(QueryNode.Group words, Optional<NameVariants> variants) {
    if (words.clauses().isEmpty()) {
      return new MatchNoDocsQuery();
    }
    try {
      return new LuceneQueryFactory(analyzer, new ArrayList<>(), variants).top(words);
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      return new MatchNoDocsQuery();
    }
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * All words required becomes any of them, ranked by BM25 (articles with more of the words, and
   * rarer ones, first): a long question rarely matches every word, and requiring even half of them
   * loses most relevant articles (on the CACM test collection, MAP 0.11 with half, 0.29 with any).
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
}
