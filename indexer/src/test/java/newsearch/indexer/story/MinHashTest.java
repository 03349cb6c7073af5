package newsearch.indexer.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {

  static final String WIRE =
      "The city council voted on Tuesday to approve a new tram line that will run from the railway"
          + " station through the old town to the university campus on the northern hill. Supporters"
          + " said the line would cut traffic on the narrow streets of the centre and give students a"
          + " fast way to reach lectures without a car. Shop owners along the route asked for help"
          + " during the two years of construction, and the council promised a fund to cover part of"
          + " their lost trade.";

  @Test
  void aLightlyEditedCopyIsTheSameStory() {
    MinHash a = MinHash.of(WIRE).orElseThrow();
    MinHash b =
        MinHash.of(WIRE.replace("voted on Tuesday", "voted late on Tuesday") + " More follows.")
            .orElseThrow();
    assertTrue(a.jaccard(b) > 0.6, "jaccard " + a.jaccard(b));
    assertTrue(StoryClustering.same(a, b));
  }

  @Test
  void aShortenedVersionIsContainedInTheLongOne() {
    MinHash whole = MinHash.of(WIRE).orElseThrow();
    MinHash cut = MinHash.of(WIRE.substring(0, WIRE.indexOf(" Shop owners"))).orElseThrow();
    assertTrue(whole.containment(cut) >= 0.8, "containment " + whole.containment(cut));
    assertTrue(StoryClustering.same(whole, cut));
  }

  @Test
  void anotherTextOnTheSameSubjectIsNot() {
    MinHash a = MinHash.of(WIRE).orElseThrow();
    MinHash other =
        MinHash.of(
                "Engineers began surveying the route of the planned tram line on Friday, measuring"
                    + " the width of the old town's lanes and testing the ground under the market"
                    + " square near the railway station and the university campus.")
            .orElseThrow();
    assertTrue(a.jaccard(other) < 0.2, "jaccard " + a.jaccard(other));
    assertFalse(StoryClustering.same(a, other));
  }

  @Test
  void caseOfWordsAndPunctuationDoNotMatterAndShortBodiesHaveNoSignature() {
    String shouted = WIRE.replace("city council voted", "CITY COUNCIL voted").replace(",", " ;");
    assertEquals(MinHash.of(WIRE), MinHash.of(shouted));
    assertTrue(MinHash.of("Too short to tell a copy from a formula.").isEmpty());
  }

  @Test
  void namesSpelledAnotherWayAndUkSpellingsLeaveTheSignature() {
    String named = WIRE.replace("on Tuesday", "on Tuesday, Sergey Ivanov said,");
    String respelled = WIRE.replace("on Tuesday", "on Tuesday, Sergei Ivanoff said,");
    assertEquals(MinHash.of(named), MinHash.of(respelled));
    assertEquals(StoryWords.normalised("organisations"), StoryWords.normalised("organization"));
  }

  @Test
  void signaturesSurviveTheirBytes() {
    MinHash a = MinHash.of(WIRE).orElseThrow();
    byte[] bytes = a.toBytes();
    assertEquals(a, MinHash.fromBytes(bytes, 0, bytes.length));
  }
}
