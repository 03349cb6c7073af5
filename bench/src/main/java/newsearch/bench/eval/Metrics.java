package newsearch.bench.eval;

import java.util.List;
import java.util.Set;

/**
 * Ranking metrics with binary relevance, as trec_eval computes them: a ranking is a list of
 * document ids, best first; {@code relevant} are the judged-relevant ids of the query.
 */
public final class Metrics {

  private Metrics() {}

  /** Average precision over the whole ranking; 0 when the query has no relevant document. */
  public static double averagePrecision(List<String> ranking, Set<String> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    double sum = 0;
    int found = 0;
    for (int i = 0; i < ranking.size(); i++) {
      if (relevant.contains(ranking.get(i))) {
        found++;
        sum += found / (double) (i + 1);
      }
    }
    return sum / relevant.size();
  }

  /** nDCG at {@code k}: gain 1 for a relevant hit, discounted by log2(rank + 1). */
  public static double ndcg(List<String> ranking, Set<String> relevant, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        dcg += discount(i);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += discount(i);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  /** The share of the relevant documents found in the first {@code k}. */
  public static double recall(List<String> ranking, Set<String> relevant, int k) {
    return relevant.isEmpty() ? 0 : found(ranking, relevant, k) / (double) relevant.size();
  }

  /** The share of the first {@code k} places held by relevant documents (empty places count). */
  public static double precision(List<String> ranking, Set<String> relevant, int k) {
    return found(ranking, relevant, k) / (double) k;
  }

  private static int found(List<String> ranking, Set<String> relevant, int k) {
    int found = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        found++;
      }
    }
    return found;
  }

  private static double discount(int index) {
    return 1 / (Math.log(index + 2) / Math.log(2));
  }
}
