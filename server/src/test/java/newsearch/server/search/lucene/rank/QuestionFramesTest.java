package newsearch.server.search.lucene.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsearch.indexer.index.IndexSchema;
import org.junit.jupiter.api.Test;

/** Which words of a question frame it, with the bundled phrases and the body's analysis. */
class QuestionFramesTest {

  private static final QuestionFrames BUNDLED = QuestionFrames.load(new IndexSchema().analyzer());

  @Test
  void aPoliteRequestIsFramingAndItsTopicIsNot() {
    List<String> terms = BUNDLED.terms("I'm interested in articles about solar panels.");
    assertTrue(terms.contains("interest"), terms.toString());
    assertTrue(terms.contains("articl"), terms.toString());
    assertTrue(terms.stream().noneMatch(t -> t.startsWith("solar") || t.startsWith("panel")));
  }

  @Test
  void aTopicWithoutAFrameHasNone() {
    assertEquals(List.of(), BUNDLED.terms("interest rates and the articles of association"));
  }

  @Test
  void anAnchoredPhraseCountsOnlyWhereASentenceStarts() {
    var frames =
        QuestionFrames.parse(
            List.of("# a comment", "^ how do|does?"), new IndexSchema().analyzer());
    assertEquals(List.of("how", "doe"), frames.terms("How does frost form? Rain."));
    assertEquals(List.of(), frames.terms("know how does frost form"));
    assertEquals(List.of("how"), frames.terms("Frost. How it forms"));
  }

  @Test
  void theLongestPhraseWinsAndEachUseCounts() {
    var frames =
        QuestionFrames.parse(
            List.of("papers on", "papers on|about recent?"), new IndexSchema().analyzer());
    assertEquals(
        List.of("paper", "recent", "paper"),
        frames.terms("papers on recent moons, papers on suns"));
  }
}
