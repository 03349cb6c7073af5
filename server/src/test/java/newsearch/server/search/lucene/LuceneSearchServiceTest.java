package newsearch.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsearch.server.TestIndex;
import newsearch.server.search.ArticleView;
import newsearch.server.search.ExportFormat;
import newsearch.server.search.FacetValue;
import newsearch.server.search.Hit;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchResult;
import newsearch.server.search.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lucene search service without HTTP: a real index of the fixture articles in a temporary
 * folder, built by the real indexer, and real searches; hit counts, facet counts and marks.
 */
class LuceneSearchServiceTest {

  @TempDir static Path dir;
  static LuceneSearchService service;

  @BeforeAll
  static void open() throws IOException {
    service = LuceneSearchService.open(TestIndex.build(dir), 2000);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  /** A first page of ten with facets, any date. */
  private static SearchRequest request(
      String query, List<String> sources, Optional<SortOrder> sort, boolean highlight) {
    Optional<LocalDate> any = Optional.empty();
    return new SearchRequest(query, sources, any, any, false, sort, 1, 10, true, highlight);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }

  private static long sum(List<FacetValue> values) {
    return values.stream().mapToLong(FacetValue::count).sum();
  }

  @Test
  void plainWordsAreAllRequiredAndMarked() throws IOException {
    SearchResult r = service.search(SearchRequest.of("Lavrov summit"));
    assertEquals(List.of("a1"), ids(r));
    assertEquals(1, r.total());
    assertTrue(r.hits().get(0).snippet().contains("<mark>Lavrov</mark>"));
    assertTrue(r.hits().get(0).headlineHtml().contains("<mark>summit</mark>"));
    assertFalse(r.relaxed());
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void everyArticleIsCountedPerSourceAndPerMonth() throws IOException {
    SearchResult r = service.search(SearchRequest.of(""));
    assertEquals(12, r.total());
    assertEquals(12, sum(r.facets().source()));
    assertTrue(r.facets().source().contains(new FacetValue(SearchRequest.UNKNOWN_SOURCE, 2)));
    assertEquals("month", r.facets().date().interval());
    assertEquals(11, sum(r.facets().date().buckets()));
    assertEquals(1, r.facets().date().undated());
  }

  @Test
  void theLandingPageCountedWhenTheIndexOpenedAgreesWithCountingEveryMatch() throws IOException {
    SearchResult landing = service.search(request("", List.of(), Optional.empty(), false));
    // An exclusion alone also lists every article newest first, but is counted as it runs.
    SearchResult counted = service.search(request("-zzqqx", List.of(), Optional.empty(), false));
    assertEquals(counted.total(), landing.total());
    assertEquals(counted.facets(), landing.facets());
    assertEquals(ids(counted), ids(landing));
    assertTrue(landing.totalExact());
  }

  @Test
  void theSourceFacetIgnoresTheSourceFilter() throws IOException {
    SearchResult r =
        service.search(request("", List.of("Reuters", "BBC News"), Optional.empty(), true));
    assertEquals(5, r.total());
    assertEquals(new FacetValue("Reuters", 3), r.facets().source().get(0));
    assertEquals(12, sum(r.facets().source()));
  }

  @Test
  void syntaxRunsAsTheTreeSays() throws IOException {
    assertEquals(2, service.search(SearchRequest.of("zanzibar OR quetzal")).total());
    assertEquals(List.of("a3"), ids(service.search(SearchRequest.of("summit -Lavrov -quetzal"))));
    assertEquals(
        List.of("a2"), ids(service.search(SearchRequest.of("(Riyadh OR Geneva) headline:Rubio"))));
    assertEquals(List.of("a6"), ids(service.search(SearchRequest.of("inflat*"))));
    assertEquals(List.of("a5"), ids(service.search(SearchRequest.of("harbuor~"))));
  }

  @Test
  void brokenSyntaxIsSearchedAsWordsWithAWarning() throws IOException {
    SearchResult r = service.search(SearchRequest.of("Lavrov AND (summit"));
    assertEquals(List.of("a1"), ids(r));
    assertEquals(1, r.warnings().size());
  }

  @Test
  void aLongQuestionIsRelaxed() throws IOException {
    SearchResult r =
        service.search(
            SearchRequest.of("why did stock markets rally and bond yields fall last spring"));
    assertTrue(r.relaxed());
    assertEquals("a6", r.hits().get(0).id());
  }

  @Test
  void withoutHighlightingHitsHaveNoMarks() throws IOException {
    Hit hit = service.search(request("summit", List.of(), Optional.empty(), false)).hits().get(0);
    assertNull(hit.snippet());
    assertNull(hit.headlineHtml());
  }

  @Test
  void theArticleViewMarksTheQuery() throws IOException {
    ArticleView a = service.article("a2", "Lavrov").orElseThrow();
    assertTrue(a.bodyHtml().startsWith("Sergei <mark>Lavrov</mark> and Marco Rubio"));
    assertNull(service.article("a2", null).orElseThrow().bodyHtml());
    assertEquals(Optional.empty(), service.article("nope", null));
  }

  @Test
  void exportWritesEveryMatchInOrder() throws IOException {
    var request = request("", List.of("Reuters"), Optional.of(SortOrder.OLDEST), true);
    var out = new ByteArrayOutputStream();
    assertEquals(3, service.export(request, ExportFormat.CSV, false, 100, out));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("id,headline,date,source,url", lines.get(0));
    assertTrue(lines.get(1).startsWith("a6,Markets rally"), lines.get(1));
  }

  @Test
  void healthCountsArticles() throws IOException {
    assertEquals(12, service.health().articles());
    assertEquals("ok", service.health().status());
  }
}
