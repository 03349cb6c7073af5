package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Headline and outlet of scraped text pages: the title lines and outlet lines a dump prints. */
class TextTitlesTest {

  private static final String BODY =
      """
      Dockers at the city harbour walked out on Monday, leaving the cranes idle and a dozen ships \
      waiting at anchor after talks over pay broke down for the third time this year.

      The union said the strike would last until the port authority made a new offer, while the \
      authority said it had already offered more than the inflation rate.

      Shipping lines warned that deliveries of fuel and grain could be delayed by a week or more.
      """;

  private static ExtractedPage extract(String page) {
    return new TextPageExtractor().extract(page);
  }

  @Test
  void titleLineEndingWithAFullStopIsTheHeadline() {
    ExtractedPage page =
        extract(
            "Home\nWorld\nBusiness\n\nHarbour cranes stand idle as dockers walk out.\n"
                + "By Ann Field\nMarch 3, 2025\n\n"
                + BODY);
    assertEquals("Harbour cranes stand idle as dockers walk out.", page.headline());
  }

  @Test
  void pageTitleGivesHeadlineWithoutItsOutletAndTheOutlet() {
    ExtractedPage page =
        extract(
            "Harbour cranes stand idle as dockers walk out | The Harbour Herald\n"
                + "Home\nWorld\nThe Harbour Herald\n\n"
                + "Harbour cranes stand idle as dockers walk out\nMarch 3, 2025\n\n"
                + BODY
                + "\nSubscribe to The Harbour Herald today\n");
    assertEquals("Harbour cranes stand idle as dockers walk out", page.headline());
    assertEquals("The Harbour Herald", page.source());
  }

  @Test
  void copyrightLineNamesTheOutlet() {
    ExtractedPage page =
        extract(
            "Dockers walk out at the harbour\nMarch 3, 2025\n\n"
                + BODY
                + "\nPrivacy Policy\n© 2025 Coastal Courier. All rights reserved.\n");
    assertEquals("Dockers walk out at the harbour", page.headline());
    assertEquals("Coastal Courier", page.source());
  }

  @Test
  void dateLineIsNotTheHeadline() {
    ExtractedPage page =
        extract(
            "Menu\n\nDockers walk out at the harbour\nAssociated Press March 3, 2025, 9:02 AM\n"
                + "Posted on March 3, 2025 by Admin\n\n"
                + BODY);
    assertEquals("Dockers walk out at the harbour", page.headline());

    ExtractedPage dateOnly = extract("Associated Press March 3, 2025, 9:02 AM\n\n" + BODY);
    assertEquals("", dateOnly.headline());
  }

  @Test
  void pageNamingNoOutletHasNoSource() {
    ExtractedPage page =
        extract(
            "Home\nOpinion\nWorld\n\n"
                + "Dockers walk out at the harbour\nMarch 3, 2025\n\n"
                + BODY
                + "\nMore Opinion\nShare this story\n");
    assertEquals("Dockers walk out at the harbour", page.headline());
    assertEquals("", page.source());
  }

  @Test
  void wordCopyrightWithoutANoticeNamesNoHolder() {
    ExtractedPage page =
        extract(
            "Dockers walk out at the harbour\nMarch 3, 2025\n\n"
                + BODY
                + "\nCopyright Policy\nTerms of Use\nRead about copyright and reprints\n");
    assertEquals("", page.source());
  }

  @Test
  void prefixLineNamesTheOutletOnlyWhenThePageRepeatsIt() {
    String top = "Harbour Strike | World\nDockers walk out at the harbour\nMarch 3, 2025\n\n";
    assertEquals("", extract(top + BODY).source());
    assertEquals(
        "Harbour Strike", extract(top + BODY + "\nGet Harbour Strike on your phone\n").source());
  }

  /** A page with {@code top} above the headline and {@code foot} under the article. */
  private static String page(String top, String foot) {
    return top + "\n\nDockers walk out at the harbour\nMarch 3, 2025\n\n" + BODY + foot;
  }

  @Test
  void mastheadTheSiteNamesItselfBeatsTheGroupInTheCopyrightLine() {
    String page =
        page(
            "Home\nQuayside\nWorld",
            "\nMore from Quayside\nSubscribe to Quayside newsletters\n"
                + "© 2025 Tidewater Holdings LLC. All rights reserved.\n");
    assertEquals("Quayside", extract(page).source());
  }

  @Test
  void mastheadThatIsAWordOfTheLanguageStaysASection() {
    String page =
        page(
            "Home\nDeals\nWorld",
            "\nMore from Deals\nThe best deals of the week\n"
                + "© 2025 Tidewater Holdings LLC. All rights reserved.\n");
    assertEquals("Tidewater Holdings", extract(page).source());
  }

  @Test
  void groupInTheCopyrightLineGivesTheOutletItsPagesName() {
    String page =
        page(
            "Home\nWorld",
            "\nEnable Ads on Quayside\nQuayside relies on advertising\n"
                + "All contents © 2025 The Quayside Group LLC. All rights reserved.\n");
    assertEquals("Quayside", extract(page).source());
  }

  @Test
  void copyrightInAPhotoCreditIsNotTheOutlets() {
    String page =
        "Dockers walk out at the harbour\nMarch 3, 2025\n\n"
            + BODY
            + "\nCranes at the quay. Photo: Ann Field, AP / Copyright 2025 The Associated Press\n";
    assertEquals("", extract(page).source());
  }

  @Test
  void labelAndRelativeTimeAreNotHeadlines() {
    assertEquals("", extract("Home\n\nPublish date:\n\nMarch 3, 2025\n\n" + BODY).headline());
    assertEquals("", extract("Home\n\nPosted\n\n1 hour ago\n\n" + BODY).headline());
  }
}
