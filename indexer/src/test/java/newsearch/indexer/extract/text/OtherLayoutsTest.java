package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made pages in other outlets' shapes, languages and date formats. */
class OtherLayoutsTest {

  private static ExtractedPage check(
      String name, String headline, String date, String source, List<String> in, List<String> out) {
    ExtractedPage page = Pages.extract(name);
    assertEquals(headline, page.headline(), name + " headline");
    assertEquals(date, Pages.date(page), name + " date");
    assertEquals(source, page.source(), name + " source");
    for (String s : in) {
      assertTrue(page.body().contains(s), () -> name + " body should contain: " + s);
    }
    for (String s : out) {
      assertFalse(page.body().contains(s), () -> name + " body should not contain: " + s);
    }
    return page;
  }

  @Test
  void wireStoryWithBylineAndMenuAbove() {
    check(
        "wire-byline.txt",
        "EU leaders agree new sanctions package against Russia",
        "2025-02-22T14:49",
        "Reuters",
        List.of("BRUSSELS (Reuters) - European Union leaders agreed", "two officials said."),
        List.of("Skip to main content", "Markets", "Reporting by", "Read Next", "Oil prices"));
  }

  @Test
  void usDateAndOutletPrefixLine() {
    check(
        "us-pipe-prefix.txt",
        "Senate passes stopgap bill hours before shutdown deadline",
        "2025-02-22T09:15",
        "Fox Online News",
        List.of("The Senate passed a stopgap spending bill", "in the coming weeks."),
        List.of("Download our app", "Trending", "Governor signs"));
  }

  @Test
  void germanPageWithBreadcrumbAndCopyright() {
    check(
        "german.txt",
        "Bundesregierung plant neue Hilfen für die Ukraine",
        "2025-02-22T14:49",
        "Tagesblatt Online",
        List.of("Die Bundesregierung will der Ukraine", "erst aus der Presse erfahren habe."),
        List.of("Startseite", "Weiterlesen", "Mehr zum Thema", "Kanzler reist", "©"));
  }

  @Test
  void spanishPageWithSpelledOutDateAndSourceLine() {
    check(
        "spanish.txt",
        "El Gobierno anuncia un plan de vivienda para jóvenes",
        "2025-02-22",
        "El Diario Global",
        List.of("El Gobierno presentó este sábado", "las zonas más tensionadas."),
        List.of("Sigue leyendo", "Fuente:", "Noticias relacionadas", "Sube el precio"));
  }

  @Test
  void italianPageWithIsoTimestampKeepsTheTime() {
    check(
        "italian-iso.txt",
        "Maltempo, allerta rossa in Liguria: scuole chiuse a Genova",
        "2025-02-22T14:49",
        "",
        List.of("La Protezione civile ha diramato", "limitare gli spostamenti."),
        List.of("logo", "Cronaca", "Leggi anche", "Ultime notizie", "Sciopero"));
  }

  @Test
  void pageWithoutHeadlineLineHasNoHeadline() {
    check(
        "no-headline.txt",
        "",
        "",
        "",
        List.of("The city council voted on Tuesday", "repairing existing roads."),
        List.of("Subscribe", "Log in"));
  }

  @Test
  void pageOfOnlyBoilerplateHasNoBody() {
    assertEquals("", Pages.extract("only-boilerplate.txt").body());
  }

  @Test
  void veryShortArticleIsNotOutweighedByRelatedTeaser() {
    ExtractedPage page =
        check(
            "very-short.txt",
            "Local library reopens after repairs",
            "2025-02-22",
            "",
            List.of("The central library reopened on Saturday", "Opening hours are unchanged."),
            List.of("Share", "Related", "museum"));
    assertEquals(
        "The central library reopened on Saturday after six months of roof repairs. Opening hours"
            + " are unchanged.",
        page.body());
  }

  @Test
  void liveBlogKeepsEverySectionAndItsTitles() {
    check(
        "live-blog.txt",
        "Ukraine war live: leaders meet in Paris as talks on ceasefire continue",
        "2025-02-22T09:00",
        "",
        List.of(
            "French President Emmanuel Macron has welcomed European leaders",
            "Zelensky speaks to reporters",
            "He added that he expected to meet the US envoy",
            "Energy ministers to meet on Monday",
            "the Polish presidency said."),
        List.of("Key events", "Share", "Most read", "Storm closes"));
  }

  @Test
  void captionDateIsNotThePublicationDate() {
    check(
        "caption-date.txt",
        "Farmers protest new water rules outside parliament",
        "2025-02-21",
        "Daily Planet",
        List.of("Hundreds of farmers drove their tractors", "first proposed on March 3, 2024"),
        List.of("Photo:", "tractors past parliament", "By Anna Lee", "Recommended", "Drought"));
  }

  @Test
  void wireCreditInFirstParagraphNamesTheOutlet() {
    check(
        "cnn-wire-dash.txt",
        "White House sets date for talks with Moscow",
        "2025-02-22T14:49",
        "CNN",
        List.of("WASHINGTON (CNN) — The White House said Saturday", "consulted afterwards."),
        List.of("CNN | World", "More from CNN", "Markets rally"));
  }

  @Test
  void tickerAndTemplateGlitchAreDropped() {
    check(
        "ticker-glitch-iso.txt",
        "Harbour bridge to close for repairs",
        "2025-02-22T14:49",
        "Harbour Herald",
        List.of("The harbour bridge will close", "losing customers during the closure."),
        List.of("{{", "Markets open higher", "Breaking news", "Source:"));
  }

  @Test
  void gluedSentencesAreSplitButNamesStayWhole() {
    ExtractedPage page =
        check(
            "glued-sentences.txt",
            "Tech firms report strong quarter",
            "2025-02-22",
            "Market Watchers",
            List.of(
                "Apple said iPhone sales rose",
                "McDonald's said its new app",
                "the survey showed\n\nAnalysts expected",
                "through the spring. The report was published on Friday."),
            List.of("Continue reading", "showedAnalysts", "spring.The"));
    assertFalse(page.body().contains("i\n\nPhone"));
  }
}
