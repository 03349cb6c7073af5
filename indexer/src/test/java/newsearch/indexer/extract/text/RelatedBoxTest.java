package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A box of links to other stories inside the article does not end it; a list before another story
 * does.
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
  void aListHeaderBeforeAnotherStoryStaysAWall() {
    ExtractedPage page = Pages.extract("next-article.txt");
    assertTrue(page.body().startsWith("The river authority said on Monday"));
    assertFalse(page.body().contains("county fair"));
  }
}
