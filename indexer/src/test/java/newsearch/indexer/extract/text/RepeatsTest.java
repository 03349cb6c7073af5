package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Paragraphs a page prints twice: gallery captions, and the whole article again for machines. */
class RepeatsTest {

  @Test
  void galleryCaptionsPrintedTwiceDoNotOutweighTheArticle() {
    ExtractedPage page = Pages.extract("gallery-copies.txt");
    assertTrue(page.body().startsWith("Fire crews across the county were told on Tuesday"));
    assertTrue(page.body().endsWith("the first heavy rain of the season."));
    assertFalse(page.body().contains("helicopter"));
    assertFalse(page.body().contains("Bakery"));
  }

  @Test
  void aCopyOfTheWholeArticleDoesNotMakeItsParagraphsCopies() {
    String article = Pages.text("gallery-copies.txt");
    String body = article.substring(article.indexOf("Fire crews"), article.indexOf("Share this"));
    // Some pages print the article once more as one block, for search engines.
    String page = article + "\n" + body.replace("\n\n", " ").strip() + "\n";
    ExtractedPage extracted = new TextPageExtractor().extract(page);
    assertTrue(extracted.body().startsWith("Fire crews across the county were told on Tuesday"));
    assertEquals(6, extracted.body().split("\n\n").length);
  }
}
