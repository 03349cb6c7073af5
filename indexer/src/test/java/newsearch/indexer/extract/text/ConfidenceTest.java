package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How sure extraction is of a body: high for a clear article, lower when another region rivals. */
class ConfidenceTest {

  @Test
  void aClearArticleIsFoundWithHighConfidence() {
    ExtractedPage page = Pages.extract("wrapped-lynx.txt");
    assertEquals(ExtractedPage.TEXT_LINES, page.bodyMethod());
    assertTrue(page.confidence() > 0.9, "confidence " + page.confidence());
  }

  @Test
  void aRivalRegionOfProseLowersTheConfidence() {
    // As much prose again after a list, about something else: the choice is a close call.
    ExtractedPage doubtful = Pages.extract("next-article.txt");
    assertTrue(doubtful.confidence() < 0.5, "confidence " + doubtful.confidence());
  }

  @Test
  void aPageWithoutArticleHasNoMethodAndNoConfidence() {
    ExtractedPage page = Pages.extract("only-boilerplate.txt");
    assertEquals("", page.bodyMethod());
    assertEquals(0, page.confidence());
  }
}
