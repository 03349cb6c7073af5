package newsearch.indexer.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Versions of one wire text as outlets make them are one story; another text on the event not. */
class EditedCopiesTest {

  static final String[] WIRE = {
    "The harbour authority of Port Elden said on Monday it would modernize the container terminal"
        + " over the next four years, after traffic through the port rose by a third since 2019.",
    "The plan, which the regional government approved last week, includes two new cranes, a"
        + " deeper berth for larger ships and a rail link to the industrial zone north of the city.",
    "Officials said the work would start in the spring and that the terminal would stay open"
        + " during construction, although some berths will close for several months at a time.",
    "Dockworkers' unions welcomed the investment but asked for guarantees that automation would"
        + " not cost jobs, and said they would meet the authority's director, Sergey Malkov, soon.",
    "Local residents have complained for years about the noise of trucks driving through the old"
        + " town at night, and the new rail link is meant to take most of them off the roads.",
    "The cost of the project is estimated at 420 million euros, of which the European Union is"
        + " expected to pay about a quarter through its fund for transport infrastructure.",
    "Environmental groups said they would study the plans closely, because dredging the berth"
        + " could disturb the sea grass meadows that shelter young fish along the coast."
  };

  private static String body(String... paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  private static boolean same(String a, String b) {
    return StoryClustering.same(MinHash.of(a).orElseThrow(), MinHash.of(b).orElseThrow());
  }

  @Test
  void aCopyWithLocalisedSpellingAndRespelledNamesIsTheSameStory() {
    String uk =
        body(WIRE)
            .replace("modernize", "modernise")
            .replace("harbour", "harbor")
            .replace("Sergey", "Sergei")
            .replace("Malkov", "Malkoff");
    assertTrue(same(body(WIRE), uk));
  }

  @Test
  void aCopyWithEverySentenceLightlyRewordedIsTheSameStory() {
    String reworded =
        body(WIRE)
            .replace("said on Monday", "stated on Monday")
            .replace("two new cranes", "two large new cranes")
            .replace("would start in", "would begin in")
            .replace("welcomed the investment", "welcomed investment")
            .replace("complained for years", "complained now for years")
            .replace("is estimated at", "was estimated at")
            .replace("said they would study", "said they would now study");
    assertTrue(same(body(WIRE), reworded));
  }

  @Test
  void aCutReorderedCopyWithAnOutletsOwnParagraphAndGluedSentencesIsTheSameStory() {
    String cut =
        body(
                WIRE[0],
                WIRE[4],
                WIRE[1],
                "Port Elden is the third largest port of the region and employs about 3,000 people.",
                WIRE[3])
            .replace(". The plan", ".The plan")
            .replace("the roads.", "the roadsThe");
    assertTrue(same(body(WIRE), cut));
  }

  @Test
  void anotherOutletsArticleOnTheSameEventIsNot() {
    String other =
        body(
            "Port Elden will spend 420 million euros on its container terminal, its harbour"
                + " authority announced on Monday, in a plan backed by the regional government.",
            "Director Sergey Malkov told reporters that new cranes and a rail link would let the"
                + " port handle the growth in traffic, which has risen sharply since 2019.",
            "Unions fear automation, while residents of the old town hope to see fewer trucks at"
                + " night; environmental groups worry about dredging near sea grass meadows.",
            "Brussels is expected to fund part of the project, and construction should begin in"
                + " spring with some berths closed for months while the terminal stays open.");
    assertFalse(same(body(WIRE), other));
  }
}
