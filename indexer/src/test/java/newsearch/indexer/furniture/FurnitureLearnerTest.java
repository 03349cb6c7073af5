package newsearch.indexer.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsearch.indexer.extract.text.TextPageExtractor;
import org.junit.jupiter.api.Test;

/** Learning a corpus's furniture: lines on many stories, never the lines of one story's copies. */
class FurnitureLearnerTest {

  private static final TextPageExtractor PAGES = new TextPageExtractor();

  @Test
  void linesOnTheOutletsPagesAreFurnitureAndTheirStoriesAreNot() {
    var learner = new FurnitureLearner();
    for (int n = 0; n < 6; n++) {
      learner.add(PAGES.paragraphs(OutletPages.gazette(n)));
    }
    Furniture furniture = learner.freeze();
    assertTrue(furniture.isFurniture(OutletPages.BLURB));
    assertTrue(furniture.isFurniture("Local news"));
    assertTrue(furniture.isFurniture("© Harbour Gazette"));
    assertEquals(6, furniture.lines().get("most read"));
    for (String p : PAGES.paragraphs(OutletPages.gazette(2))) {
      if (p.startsWith("The council of") || p.startsWith("Supporters said")) {
        assertFalse(furniture.isFurniture(p), p);
      }
    }
  }

  @Test
  void twentyCopiesOfOneStoryAreOneStory() {
    var learner = new FurnitureLearner();
    for (int n = 0; n < 20; n++) {
      learner.add(PAGES.paragraphs(OutletPages.wireCopy(n)));
    }
    Furniture furniture = learner.freeze();
    for (String p : OutletPages.WIRE) {
      assertFalse(furniture.isFurniture(p), p);
    }
    assertFalse(furniture.isFurniture("Deal reached on fishing limits in the northern seas"));
    assertEquals(0, furniture.size(), furniture.lines().toString());
  }

  @Test
  void aLineOnTooFewStoriesIsNotFurniture() {
    var learner = new FurnitureLearner();
    learner.add(PAGES.paragraphs(OutletPages.gazette(0)));
    learner.add(PAGES.paragraphs(OutletPages.gazette(1)));
    assertEquals(0, learner.freeze().size());
  }

  @Test
  void theStoredFormReadsBackTheSame() {
    var learner = new FurnitureLearner();
    for (int n = 0; n < 4; n++) {
      learner.add(PAGES.paragraphs(OutletPages.gazette(n)));
    }
    Furniture furniture = learner.freeze();
    Furniture read = Furniture.parse(furniture.serialize());
    assertEquals(furniture.lines(), read.lines());
    assertEquals(List.copyOf(furniture.lines().keySet()), List.copyOf(read.lines().keySet()));
    assertEquals(0, Furniture.parse("").size());
  }
}
