package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What text dumps print for markup (images, frames, buttons), labelled links to other news, and
 * notices that open with a furniture phrase.
 */
class DumpMarkupTest {

  @Test
  void markupAndLabelledLinksAreNotArticleText() {
    ExtractedPage page = Pages.extract("dump-markup.txt");
    assertEquals("Night trains return to the mountain line", page.headline());
    assertTrue(page.body().startsWith("The first night train in twenty years leaves"));
    assertTrue(page.body().endsWith("since the old service ended."));
    assertEquals(5, page.body().split("\n\n").length, page.body());
    for (String markup :
        List.of("jpg", "INS", "IFRAME", "BUTTON", "CIK", "Ferry company", "scrapyard", "Bakery")) {
      assertFalse(page.body().contains(markup), markup);
    }
  }

  @Test
  void aCookieNoticeIsNotTheArticleThatAListHeaderFollows() {
    ExtractedPage page = Pages.extract("cookie-banner.txt");
    assertTrue(page.body().startsWith("The harbour rowing club won its first national title"));
    assertFalse(page.body().contains("cookies"));
  }

  @Test
  void anImageNameIsCutFromTheCaptionItLeads() {
    String caption = "[photo_0193.jpg?w=640] Crews lower the last section into place.";
    assertEquals(
        "Crews lower the last section into place.",
        new TextPageExtractor().classify(caption).getFirst().text());
  }
}
