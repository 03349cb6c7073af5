package newsearch.server.search.lucene.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The words of a question in the order the user typed them, one per clause of its query: a word's
 * own term, not the other spellings of a name it also finds. A clause that is no single word (a
 * phrase, a word the analyzer split) is an empty place, so that no pair is formed across it.
 */
final class QueryWords {

  /** One clause of the question and the word it searches, if it is one word. */
  record Word(Query query, Optional<Term> term) {}

  private QueryWords() {}

  /** The question's clauses, each with the word it searches, or empty. */
  static List<Word> of(Query question) {
    var words = new ArrayList<Word>();
    if (question instanceof BooleanQuery bq) {
      for (BooleanClause clause : bq.clauses()) {
        if (clause.occur() != BooleanClause.Occur.MUST_NOT) {
          words.add(new Word(clause.query(), word(clause.query())));
        }
      }
    }
    return words;
  }

  private static Optional<Term> word(Query query) {
    return switch (query) {
      case TermQuery t -> Optional.of(t.getTerm());
      case BoostQuery b -> word(b.getQuery());
      // A name with its other spellings: the first clause is the spelling the user typed.
      case BooleanQuery bq
          when !bq.clauses().isEmpty() && bq.clauses().get(0).query() instanceof TermQuery t ->
          Optional.of(t.getTerm());
      default -> Optional.empty();
    };
  }
}
