package newsearch.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void identicalTextsScoreOne() {
    var s = ShingleScore.of("one two three four five", "one, two; three four five!");
    assertEquals(1.0, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    // Expected: 2 shingles; predicted: the same 2 plus 2 more.
    var s = ShingleScore.of("a b c d e", "a b c d e f g");
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
    assertEquals(0.5, s.tp(), 1e-9);
  }

  @Test
  void missingTextLowersRecallAndNothingScoresZero() {
    assertEquals(0.5, ShingleScore.of("a b c d e f g", "a b c d e").recall(), 1e-9);
    var none = ShingleScore.of("a b c d e", "");
    assertEquals(0.0, none.precision(), 1e-9);
    assertEquals(0.0, none.recall(), 1e-9);
    assertEquals(1.0, ShingleScore.of("", "").f1(), 1e-9);
  }

  @Test
  void repeatedShinglesCountAsAMultiset() {
    var s = ShingleScore.of("a b c d", "a b c d a b c d");
    // Predicted: abcd, bcda, cdab, dabc, abcd; one of them matches.
    assertEquals(0.2, s.precision(), 1e-9);
  }
}
