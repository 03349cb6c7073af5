package newsearch.server.search.lucene.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Neighbouring words of a question found near each other in an article: each pair is a sloppy
 * phrase, scored by BM25 as one term and weighted low, in the spirit of the sequential dependence
 * model. "Operating systems" counts more in an article where the two stand together than in one
 * that has them pages apart.
 */
final class ProximityBoost {

  private ProximityBoost() {}

  /** One weighted sloppy phrase per pair of neighbouring words; none for fewer than two. */
  static List<Query> pairs(List<Optional<Term>> words, RankingSettings settings) {
    var pairs = new ArrayList<Query>();
    for (int i = 1; i < words.size(); i++) {
      Optional<Term> first = words.get(i - 1);
      Optional<Term> second = words.get(i);
      if (first.isEmpty() || second.isEmpty() || first.get().equals(second.get())) {
        continue;
      }
      var phrase =
          new PhraseQuery(
              settings.proximitySlop(),
              first.get().field(),
              first.get().bytes(),
              second.get().bytes());
      pairs.add(new BoostQuery(phrase, settings.proximityWeight()));
    }
    return pairs;
  }
}
