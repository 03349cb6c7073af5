package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the article ends: a box of links to other stories inside it does not end it, nor does a
 * dated list after its last paragraph; a list before another story does.
 */
class RelatedBoxTest {

  @Test
  void theArticleGoesOnAfterABoxOfRelatedHeadlines() {
    ExtractedPage page = Pages.extract("related-box.txt");
    assertTrue(page.body().startsWith("Dock workers at the country's largest port voted"));
    assertTrue(page.body().endsWith("before any future strike at the ports."));
    for (String other :
        List.of("Related", "Shipping lines", "Retailers", "Union leader", "Crane")) {
      assertFalse(page.body().contains(other), other);
    }
  }

  @Test
  void aDatedListRightAfterTheLastParagraphIsPartOfTheArticle() {
    ExtractedPage page = Pages.extract("tour-dates.txt");
    assertTrue(page.body().contains("June 9 - Town Hall, Millbrook"));
    assertTrue(page.body().endsWith("June 25 - Market Square, Kelby"), page.body());
    assertFalse(page.body().contains("Ferry"));
  }

  @Test
  void aListHeaderBeforeAnotherStoryStaysAWall() {
    ExtractedPage page = Pages.extract("next-article.txt");
    assertTrue(page.body().startsWith("The river authority said on Monday"));
    assertFalse(page.body().contains("county fair"));
  }
}
