package newsearch.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final double EPS = 1e-4;

  @Test
  void averagePrecisionDividesByAllRelevantDocuments() {
    // Relevant at ranks 1 and 3; c is never retrieved: (1/1 + 2/3) / 3.
    assertEquals(
        0.5556, Metrics.averagePrecision(List.of("a", "x", "b", "y"), Set.of("a", "b", "c")), EPS);
  }

  @Test
  void ndcgDiscountsByLogOfRank() {
    // DCG = 1/log2(3) + 1/log2(4) = 1.1309; ideal = 1 + 1/log2(3) = 1.6309.
    assertEquals(0.6934, Metrics.ndcg(List.of("x", "a", "b"), Set.of("a", "b"), 3), EPS);
    assertEquals(1.0, Metrics.ndcg(List.of("a", "b", "x"), Set.of("a", "b"), 10), EPS);
  }

  @Test
  void ndcgIgnoresHitsBelowTheCutoff() {
    assertEquals(0.0, Metrics.ndcg(List.of("x", "y", "a"), Set.of("a"), 2), EPS);
  }

  @Test
  void recallAndPrecisionCountTheFirstK() {
    assertEquals(0.25, Metrics.recall(List.of("a", "x", "b"), Set.of("a", "b", "c", "d"), 2), EPS);
    assertEquals(0.5, Metrics.precision(List.of("a", "x", "b"), Set.of("a", "b"), 2), EPS);
    // Empty places count against precision, as in trec_eval's P@k.
    assertEquals(0.1, Metrics.precision(List.of("a"), Set.of("a"), 10), EPS);
  }

  @Test
  void anEmptyRankingScoresZero() {
    assertEquals(0.0, Metrics.averagePrecision(List.of(), Set.of("a")), EPS);
    assertEquals(0.0, Metrics.ndcg(List.of(), Set.of("a"), 10), EPS);
    assertEquals(0.0, Metrics.recall(List.of(), Set.of("a"), 100), EPS);
  }

  @Test
  void meanIsOverJudgedQueriesIncludingThoseThatFoundNothing() {
    Map<String, Set<String>> relevant = Map.of("1", Set.of("a"), "2", Set.of("b"));
    Map<String, List<String>> rankings = Map.of("1", List.of("a"), "3", List.of("c"));
    Scores all = Scores.of("all", rankings, relevant, q -> true);
    assertEquals(2, all.queries());
    assertEquals(0.5, all.map(), EPS);
    assertEquals(0.5, all.ndcg10(), EPS);
  }

  @Test
  void oddAndEvenSplitByQueryNumber() {
    assertTrue(TestCollection.isOdd("7"));
    assertFalse(TestCollection.isOdd("12"));
    Map<String, Set<String>> relevant = Map.of("1", Set.of("a"), "2", Set.of("b"));
    List<Scores> split = Scores.split(Map.of("1", List.of("a")), relevant);
    assertEquals(List.of("all", "odd", "even"), split.stream().map(Scores::set).toList());
    assertEquals(1.0, split.get(1).map(), EPS);
    assertEquals(0.0, split.get(2).map(), EPS);
  }
}
