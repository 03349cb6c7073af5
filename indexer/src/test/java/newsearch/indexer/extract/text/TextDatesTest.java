package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A scraped page's date by the HTML pages' date-line logic, on hand-written pages. */
class TextDatesTest {

  private static final String BODY =
      """
      The council approved the new harbour plan on Tuesday evening after a long debate about \
      the cost of the works and the noise they would bring to the old town.

      Work on the quay starts in the spring, and the first ferries should use it next year, \
      the council's engineer told the meeting, which ran until after midnight.
      """;

  private static ExtractedPage extract(String top) {
    return new TextPageExtractor().extract("Home | News | Sport\n\n" + top + "\n\n" + BODY);
  }

  private static String date(String top) {
    return extract(top).date().map(d -> d.day().toString()).orElse("");
  }

  @Test
  void pricesAndDecimalsAreNoEvidenceForMonthFirst() {
    String page =
        """
        Harbour plan approved

        Veröffentlicht am 03.04.2025

        Tickets 3,50 € · coffee $3.99 · rate 0.25 · 12.99 a month
        """;
    assertEquals("2025-04-03", date(page));
  }

  @Test
  void publicationLabelsInSeveralLanguages() {
    assertEquals("2025-03-03", date("Harbour plan approved\n\nVeröffentlicht am 3. März 2025"));
    assertEquals("2025-03-03", date("Harbour plan approved\n\nPublié le 3 mars 2025"));
    assertEquals("2025-03-03", date("Harbour plan approved\n\nPubblicato il 3 marzo 2025"));
    assertEquals("2025-03-03", date("Harbour plan approved\n\nPublicado el 3 de marzo de 2025"));
    assertEquals("2025-03-03", date("Harbour plan approved\n\nPosted on March 3, 2025"));
  }

  @Test
  void thePublicationBeatsAnUpdateAboveIt() {
    assertEquals(
        "2025-03-03",
        date("Harbour plan approved\n\nUpdated March 5, 2025\n\nPublished March 3, 2025"));
    assertEquals("2025-03-05", date("Harbour plan approved\n\nUpdated March 5, 2025"));
  }

  @Test
  void anUndatedPageSaysWhy() {
    assertEquals("no date signal", extract("Harbour plan approved").undated());
    ExtractedPage story =
        new TextPageExtractor()
            .extract(
                "Harbour plan approved\n\n"
                    + BODY
                    + "\nThe first plan was drawn up on 12 March 2019, long before the storm.\n");
    assertEquals("only dates in the story text", story.undated());
    assertEquals(
        "", new TextPageExtractor().extract("Published March 3, 2025\n\n" + BODY).undated());
  }
}
