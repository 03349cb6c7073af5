package newsearch.server.search;

import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Scores a word over headline and body as one field (BM25F, Lucene's {@link CombinedFieldQuery}):
 * the word's frequency in the headline counts {@code weight} times, and document length is the
 * weighted sum of both, so a word's rarity is judged once, not once per field.
 */
final class BodyAndHeadline {

  private BodyAndHeadline() {}

  /** The body-field query of a word (or of the words it analyzes into), over both fields. */
  static Query combine(Query body, float headlineWeight) {
    if (body instanceof TermQuery t) {
      return word(t.getTerm(), headlineWeight);
    }
    if (body instanceof BoostQuery b) {
      return new BoostQuery(combine(b.getQuery(), headlineWeight), b.getBoost());
    }
    if (body instanceof BooleanQuery bq) {
      var combined = new BooleanQuery.Builder();
      for (BooleanClause c : bq.clauses()) {
        combined.add(combine(c.query(), headlineWeight), c.occur());
      }
      return combined.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch()).build();
    }
    return body;
  }

  private static Query word(Term term, float headlineWeight) {
    return new CombinedFieldQuery.Builder(term.bytes())
        .addField(IndexSchema.HEADLINE, headlineWeight)
        .addField(IndexSchema.BODY, 1f)
        .build();
  }
}
