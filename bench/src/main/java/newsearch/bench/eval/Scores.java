package newsearch.bench.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Mean metrics of one run over a set of judged queries (trec_eval's averaging: a judged query that
 * retrieved nothing counts as 0).
 *
 * @param set "all", "odd" or "even"
 */
public record Scores(
    String set, int queries, double map, double ndcg10, double recall100, double precision30) {

  /** Averages over the judged queries that {@code which} accepts. */
  public static Scores of(
      String set,
      Map<String, List<String>> rankings,
      Map<String, Set<String>> relevant,
      Predicate<String> which) {
    List<String> judged = relevant.keySet().stream().filter(which).toList();
    double map = 0;
    double ndcg = 0;
    double recall = 0;
    double p30 = 0;
    for (String qid : judged) {
      List<String> ranking = rankings.getOrDefault(qid, List.of());
      Set<String> rel = relevant.get(qid);
      map += Metrics.averagePrecision(ranking, rel);
      ndcg += Metrics.ndcg(ranking, rel, 10);
      recall += Metrics.recall(ranking, rel, 100);
      p30 += Metrics.precision(ranking, rel, 30);
    }
    int n = Math.max(judged.size(), 1);
    return new Scores(set, judged.size(), map / n, ndcg / n, recall / n, p30 / n);
  }

  /** All judged queries, the odd-numbered and the even-numbered ones. */
  public static List<Scores> split(
      Map<String, List<String>> rankings, Map<String, Set<String>> relevant) {
    return List.of(
        of("all", rankings, relevant, q -> true),
        of("odd", rankings, relevant, TestCollection::isOdd),
        of("even", rankings, relevant, q -> !TestCollection.isOdd(q)));
  }
}
