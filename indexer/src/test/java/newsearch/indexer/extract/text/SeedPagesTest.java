package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The five seed pages of {@code index-data/corpus/}, with what extraction must find on each. */
class SeedPagesTest {

  private static void assertBody(ExtractedPage page, List<String> in, List<String> out) {
    for (String s : in) {
      assertTrue(page.body().contains(s), () -> "body should contain: " + s);
    }
    for (String s : out) {
      assertFalse(page.body().contains(s), () -> "body should not contain: " + s);
    }
  }

  @Test
  void datedTitleLineYieldsDateAndOneHeadline() {
    ExtractedPage page = Pages.extract("seed-000.txt");
    assertEquals("Preparations for Trump-Putin summit underway, says Russia", page.headline());
    assertEquals("2025-02-23", Pages.date(page));
    assertEquals("", page.source());
    assertTrue(page.body().startsWith("Preparations are underway for a face-to-face meeting"));
    assertTrue(page.body().endsWith("as Trump pursues talks with Putin."));
    assertBody(
        page,
        List.of(
            "Lavrov, for his part, hailed the meeting as “very useful.”",
            "No Ukrainian officials were present at the Saudi meeting."),
        List.of(
            "MOSCOW",
            "Quark.Models",
            "Hackers drain bank accounts",
            "LATEST NEWS",
            "Recommended",
            "Greek Foreign Minister George Gerapetritis",
            "Houston Rockets center",
            "US ,"));
  }

  @Test
  void gluedArticleIsSplitAndTickerAndItalianFooterAreDropped() {
    ExtractedPage page = Pages.extract("seed-001.txt");
    assertEquals(
        "Preparations under way for meeting between Trump and Putin, Russia says", page.headline());
    assertEquals("2025-02-22T14:49", Pages.date(page));
    assertEquals("The Guardian", page.source());
    assertBody(
        page,
        List.of(
            "deputy foreign minister says\n\nPreparations for a face-to-face meeting",
            "Russia’s deputy foreign minister has said. The event would mark",
            "European allies have also expressed concerns that they are being sidelined."),
        List.of(
            "saysPreparations",
            "said.The",
            "Continue reading",
            "Continua a leggere",
            "Altre notizie",
            "BREAKING NEWS",
            "NATO to expand military pipelines",
            "22/02 21:47"));
  }

  @Test
  void releaseTimeLabelGivesTheDate() {
    ExtractedPage page = Pages.extract("seed-002.txt");
    assertEquals("U.S., Russia begin preparations for Trump-Putin meeting", page.headline());
    assertEquals("2025-02-17", Pages.date(page));
    assertEquals("", page.source());
    assertTrue(page.body().startsWith("The heads of U.S. and Russian diplomacy"));
    assertBody(
        page,
        List.of("imposed harsh sanctions against the Russian economy"),
        List.of("Release time", "U.S., Russia begin preparations"));
  }

  @Test
  void captionDateIsNotThePublicationDateAndLiveBlogSectionsAreKept() {
    ExtractedPage page = Pages.extract("seed-003.txt");
    assertEquals("Diplomatic efforts to end war in Ukraine gains momentum", page.headline());
    assertEquals("", Pages.date(page));
    assertEquals("", page.source());
    assertTrue(page.body().startsWith("A meeting between the Russian and American presidents"));
    assertTrue(page.body().endsWith("to stop wars and build peace, he added."));
    assertBody(
        page,
        List.of(
            "Trump brands Zelensky a 'dictator'",
            "Putin said Moscow is ready to return to the negotiating table",
            "U.S. Special Representative for Ukraine and Russia, Keith Kellogg",
            "Erdoğan speaks with Rutte",
            "spoke by phone with NATO Secretary-General Mark Rutte on Feb. 18."),
        List.of("Haberin Devamı", "(FILES)", "aerial handout photograph", "KIEV"));
  }

  @Test
  void relatedArticlesAndAppNagsAreNotTheArticle() {
    ExtractedPage page = Pages.extract("seed-004.txt");
    assertEquals("Kremlin says Trump-Putin meeting agreed for ‘coming days'", page.headline());
    assertEquals("", Pages.date(page));
    assertEquals("", page.source());
    assertTrue(page.body().startsWith("MOSCOW: The Kremlin said Thursday"));
    assertTrue(page.body().endsWith("It is time we ended the war,' he added."));
    assertBody(
        page,
        List.of("Putin-Zelenskyy meeting?", "Tens of thousands have been killed"),
        List.of(
            "logo",
            "Orange background",
            "Try Our AI Features",
            "Daily8",
            "No comments yet",
            "Related Articles",
            "Business Recorder",
            "homeless people",
            "Azerbaijan",
            "DOWNLOAD THE APP",
            "app-storeplay-store"));
  }
}
