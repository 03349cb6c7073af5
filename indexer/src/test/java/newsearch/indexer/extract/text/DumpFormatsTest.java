package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One article in the shapes text dumps give it: wrapped at 80 columns with bullets for list items
 * (lynx, w3m), and one text node a line, so that a link splits its sentence (tags stripped).
 */
class DumpFormatsTest {

  private static final String HEADLINE = "Harbour flood barrier to be finished early";

  private static void assertWholeParagraphs(ExtractedPage page) {
    List<String> paragraphs = List.of(page.body().split("\n\n"));
    assertEquals(6, paragraphs.size(), page.body());
    assertTrue(paragraphs.getFirst().startsWith("The river authority said on Monday"));
    assertTrue(paragraphs.getLast().endsWith("once the builders leave."));
    for (String p : paragraphs) {
      assertFalse(p.contains("\n"), () -> "one line per paragraph: " + p);
    }
    for (String furniture : List.of("Skip to content", "Local news", "Most read", "Ferry", "©")) {
      assertFalse(page.body().contains(furniture), furniture);
    }
  }

  @Test
  void wrappedDumpKeepsItsParagraphsWhole() {
    ExtractedPage page = Pages.extract("wrapped-lynx.txt");
    assertEquals(HEADLINE, page.headline());
    assertWholeParagraphs(page);
    assertTrue(page.body().contains("along the old harbour would be finished two months"));
    assertTrue(page.body().contains("than the old maps suggested."));
  }

  @Test
  void textNodesOfOneParagraphAreJoinedAgain() {
    ExtractedPage page = Pages.extract("text-nodes.txt");
    assertEquals(HEADLINE, page.headline());
    assertWholeParagraphs(page);
    assertTrue(page.body().contains("along the old harbour would be finished two months"));
    assertTrue(page.body().contains("but test borings in the spring showed"));
    assertTrue(page.body().contains("the project director told The Gazette. \"Both could"));
    assertTrue(page.body().contains("flooded the streets three times in the past ten years."));
    assertFalse(page.body().contains("Jane Marsh"));
  }

  @Test
  void wrapWidthIsFoundOnlyWhereLinesStopShortOfIt() {
    String wrapped = Pages.text("wrapped-lynx.txt");
    assertEquals(80, ParagraphJoiner.wrapWidth(wrapped.split("\n")));
    assertEquals(0, ParagraphJoiner.wrapWidth(Pages.text("text-nodes.txt").split("\n")));
  }
}
