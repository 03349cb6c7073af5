package newsearch.indexer.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlBodyExtractorTest {

  private static BodyExtraction extract(String fixture) throws IOException {
    try (InputStream in = HtmlBodyExtractorTest.class.getResourceAsStream("/html/" + fixture)) {
      String html = PageCharset.decode(in.readAllBytes());
      return new HtmlBodyExtractor().extract(Jsoup.parse(html), "");
    }
  }

  @Test
  void aBodyClassNamingTheSidebarKeepsTheArticle() throws IOException {
    BodyExtraction b = extract("sidebar-body.html");
    assertTrue(b.text().startsWith("The island ferry will run four crossings"), b.text());
    assertTrue(b.text().contains("when the spring timetable is drawn up."), b.text());
    assertFalse(b.text().contains("Most read"), b.text());
    assertFalse(b.text().contains("Storm closes coast road"), b.text());
  }

  @Test
  void paragraphsAreSeparatedByABlankLine() throws IOException {
    String[] paragraphs = extract("sidebar-body.html").text().split("\n\n");
    assertEquals(3, paragraphs.length);
  }

  @Test
  void jsonLdArticleBodyIsTheLastResortWhenThePageIsRenderedByScript() throws IOException {
    BodyExtraction b = extract("jsonld-body.html");
    assertEquals("jsonld", b.method());
    assertTrue(b.text().startsWith("The town library will open until eight"), b.text());
    assertTrue(b.confidence() <= 0.5, "unconfirmed text is not trusted more than half");
  }

  @Test
  void anArticleElementHoldingOnlyATeaserDoesNotHideTheFullText() throws IOException {
    BodyExtraction b = extract("teaser-article.html");
    assertTrue(b.text().contains("Growers across the valley began picking grapes"), b.text());
    assertTrue(b.text().contains("a month earlier than in a normal year."), b.text());
  }

  @Test
  void aCommentSectionLongerThanTheArticleIsLeftOut() throws IOException {
    BodyExtraction b = extract("long-comments.html");
    assertTrue(b.text().startsWith("The old water mill on the river"), b.text());
    assertTrue(b.text().contains("the history of the mill itself."), b.text());
    assertFalse(b.text().contains("thirty years"), b.text());
    assertFalse(b.text().contains("Reply"), b.text());
  }

  @Test
  void shareNewsletterRelatedCaptionAndReadMoreBlocksAreLeftOut() throws IOException {
    BodyExtraction b = extract("furniture.html");
    assertTrue(b.text().startsWith("The city council approved a network"), b.text());
    assertTrue(b.text().endsWith("would add six of them."), b.text());
    for (String furniture :
        new String[] {
          "Facebook", "cyclist on the new lane", "Read more", "morning briefing", "Bus fares"
        }) {
      assertFalse(b.text().contains(furniture), furniture + " in: " + b.text());
    }
  }

  @Test
  void teasersOfOtherPostsInTheirOwnArticleElementsAreLeftOut() throws IOException {
    BodyExtraction b = extract("teasers-of-other-posts.html");
    assertTrue(b.text().startsWith("Every Sunday morning from November to March"), b.text());
    assertTrue(b.text().contains("to get used to the cold step by step."), b.text());
    assertFalse(b.text().contains("boats coming in"), b.text());
  }

  @Test
  void theConfidenceIsHighWhenBothMethodsFindTheSameText() throws IOException {
    BodyExtraction b = extract("long-comments.html");
    assertTrue(b.confidence() > 0.7, "confidence " + b.confidence() + " by " + b.method());
  }
}
