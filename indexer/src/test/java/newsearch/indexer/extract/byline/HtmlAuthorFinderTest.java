package newsearch.indexer.extract.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlAuthorFinderTest {

  private static FoundAuthors find(String head, String body) {
    String html =
        "<html><head><title>Rain falls on the city again - Daily Planet</title>"
            + head
            + "</head><body><nav><a class='author'>By Nav Person</a></nav>"
            + "<article><h1>Rain falls on the city again</h1>"
            + body
            + "<p>It rained all day, the city's weather office said on Monday evening.</p>"
            + "</article><aside class='related-posts'><p>By Other Writer</p></aside></body></html>";
    return HtmlAuthorFinder.find(Jsoup.parse(html), "Daily Planet");
  }

  private static String ld(String json) {
    return "<script type='application/ld+json'>" + json + "</script>";
  }

  @Test
  void jsonLdAuthorAsObjectArrayOrString() {
    assertEquals(
        new FoundAuthors(List.of("Jane Roe"), "jsonld"),
        find(
            ld(
                "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Roe\"}}"),
            ""));
    assertEquals(
        List.of("Jane Roe", "John Doe"),
        find(
                ld(
                    "{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Jane Roe\"},{\"name\":\"John Doe\"}]}"),
                "")
            .names());
    assertEquals(
        List.of("Jane Roe"),
        find(ld("{\"@type\":\"NewsArticle\",\"author\":\"By JANE ROE, AP Writer\"}"), "").names());
  }

  @Test
  void jsonLdAuthorByReferenceInsideAGraph() {
    String graph =
        "{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"}},"
            + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Jane Roe\"}]}";
    assertEquals(new FoundAuthors(List.of("Jane Roe"), "jsonld"), find(ld(graph), ""));
  }

  @Test
  void anOrganisationAsAuthorIsNoPerson() {
    String org =
        "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"Daily Planet\"}}";
    assertEquals(FoundAuthors.NONE, find(ld(org), ""));
  }

  @Test
  void metaTagsButNotAProfileAddress() {
    assertEquals(
        new FoundAuthors(List.of("Jane Roe"), "meta"),
        find(
            "<meta property='article:author' content='https://social.example/janeroe'>"
                + "<meta name='parsely-author' content='Jane Roe'>",
            ""));
    assertEquals(
        List.of("Jane Roe"),
        find("<meta name='sailthru.author' content='By Jane Roe'>", "").names());
    assertEquals(
        List.of("Jane Roe"), find("<meta name='dc.creator' content='Jane Roe'>", "").names());
  }

  @Test
  void relAuthorOrABylineElementUnderTheHeadline() {
    assertEquals(
        new FoundAuthors(List.of("Jane Roe"), "byline"),
        find("", "<div class='meta'>By <a rel='author' href='/jane'>Jane Roe</a></div>"));
    assertEquals(
        List.of("Jane Roe", "John Doe"),
        find("", "<p class='byline'>By Jane Roe and John Doe | Staff writers</p>").names());
    assertEquals(List.of("Jane Roe"), find("", "<span itemprop='author'>Jane Roe</span>").names());
  }

  @Test
  void aBylineLineInOtherLanguages() {
    assertEquals(List.of("Hans Meier"), find("", "<p>Von Hans Meier, 3. März 2025</p>").names());
    assertEquals(List.of("Jean Dupont"), find("", "<p>Par Jean Dupont le 3 mars 2025</p>").names());
    assertEquals(List.of("Giulia Rossi"), find("", "<p>Di Giulia Rossi</p>").names());
    assertEquals(List.of("Ana Souza"), find("", "<p>Por Ana Souza</p>").names());
  }

  @Test
  void anAgencyBylineCreditsNoPersonAndNamesFurtherOffAreNotTaken() {
    assertEquals(
        FoundAuthors.NONE,
        find("", "<p>Reuters, 3 March 2025</p><p>Photo: Jane Roe</p><p>By Other Person</p>"));
  }

  @Test
  void theShownBylineWinsWhereItNamesMoreThanTheMetadata() {
    assertEquals(
        List.of("Jane Roe", "John Doe"),
        find("<meta name='author' content='Jane Roe'>", "<p>By Jane Roe and John Doe</p>").names());
  }
}
