package newsearch.indexer.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import newsearch.indexer.extract.date.FoundDate.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlDateFinderTest {

  private static Document page(String name) throws IOException {
    try (InputStream in = HtmlDateFinderTest.class.getResourceAsStream("/dates/" + name)) {
      return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static FoundDate found(String name) throws IOException {
    return HtmlDateFinder.find(page(name)).orElseThrow();
  }

  @Test
  void aClockInTheSiteHeaderIsNotTheArticlesTime() throws IOException {
    FoundDate d = found("header-clock.html");
    assertEquals("2024-02-11T09:30", d.date().iso());
    assertEquals(Provenance.TIME, d.provenance());
  }

  @Test
  void datesInARelatedListAndTheCopyrightFooterAreIgnored() throws IOException {
    FoundDate d = found("related-list.html");
    assertEquals("2024-03-05", d.date().iso());
    assertEquals(Provenance.BYLINE, d.provenance());
  }

  @Test
  void aPageThatIsAListOfDatedItemsHasNoDate() throws IOException {
    assertEquals(Optional.empty(), HtmlDateFinder.find(page("list-of-dates.html")));
  }

  @Test
  void thePublishedDateBeatsAnUpdateShownBeforeIt() throws IOException {
    FoundDate d = found("updated-after-published.html");
    assertEquals("2023-10-18", d.date().iso());
    assertEquals(Kind.PUBLISHED, d.kind());
  }

  @Test
  void anUpdateIsKeptOnlyWhenThereIsNoPublicationAndSaysSo() throws IOException {
    FoundDate d = found("updated-only.html");
    assertEquals("2022-01-07", d.date().iso());
    assertEquals(Kind.UPDATED, d.kind());
    assertTrue(d.isUpdate());
  }

  @Test
  void theDayInTheCanonicalUrlBeatsAConflictingMetaDate() throws IOException {
    FoundDate d = found("url-and-meta.html");
    assertEquals("2019-03-14", d.date().iso());
    assertEquals(Provenance.URL, d.provenance());
  }

  @Test
  void pricesAndDecimalsAreNoEvidenceForMonthFirst() throws IOException {
    // Read as pairs, 3.99 / 4.25 / 0.89 would look month first and give 2025-03-04.
    FoundDate d = found("prices-european.html");
    assertEquals("2025-04-03", d.date().iso());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "byline-de.html, 2023-03-14T10:15",
    "byline-fr.html, 2022-12-01T18:30",
    "byline-it.html, 2021-05-09",
    "byline-es.html, 2020-02-22",
  })
  void readsBylinesInFourLanguages(String page, String expected) throws IOException {
    FoundDate d = found(page);
    assertEquals(expected, d.date().iso());
    assertEquals(Provenance.BYLINE, d.provenance());
    assertEquals(Kind.PUBLISHED, d.kind());
  }

  @Test
  void takesTheArticleObjectsDateFromAJsonLdGraph() throws IOException {
    FoundDate d = found("jsonld-graph.html");
    assertEquals("2024-06-01T18:20", d.date().iso());
    assertEquals(Provenance.JSONLD, d.provenance());
  }

  @Test
  void jsonLdDateCreatedServesWhenThereIsNoDatePublishedAndListsAreSkipped() throws IOException {
    FoundDate d = found("jsonld-array-created.html");
    assertEquals("2018-09-12", d.date().iso());
    assertEquals(Kind.PUBLISHED, d.kind());
  }

  @Test
  void dublinCoreIssuedComesBeforeToolTagsAndTheModifiedTime() throws IOException {
    FoundDate d = found("meta-tags.html");
    assertEquals("2022-10-28", d.date().iso());
    assertEquals(Provenance.META, d.provenance());
  }

  @Test
  void theDateTheArticleShowsBeatsMetadataThatDisagrees() throws IOException {
    FoundDate d = found("shown-beats-meta.html");
    assertEquals("2022-01-27", d.date().iso());
    assertEquals(Provenance.TIME, d.provenance());
  }

  @Test
  void aDateOnItsOwnLineUnderTheHeadlineNotOneInTheStoryOrTheComments() throws IOException {
    FoundDate d = found("date-line.html");
    assertEquals("2021-07-08", d.date().iso());
    assertEquals(Provenance.TEXT, d.provenance());
  }

  @Test
  void futureAndPreWebDatesAndTheCopyrightYearAreRejected() throws IOException {
    assertEquals(Optional.empty(), HtmlDateFinder.find(page("implausible.html")));
  }

  @Test
  void aSidecarUrlServesWhenThePageNamesNone() throws IOException {
    Document doc = Jsoup.parse("<html><body><h1>Short note</h1><p>Text.</p></body></html>");
    FoundDate d =
        HtmlDateFinder.find(doc, Optional.of("https://example.org/news/20200417/short-note"))
            .orElseThrow();
    assertEquals("2020-04-17", d.date().iso());
    assertEquals(Provenance.URL, d.provenance());
  }
}
