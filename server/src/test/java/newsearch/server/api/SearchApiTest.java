package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.server.TestIndex;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchApiTest {

  @TempDir static Path dir;
  static LuceneSearchService service;
  static Javalin app;
  // HTTP/1.1: with the JDK client's h2c upgrade attempt, Jetty's early 414 reaches it as a closed
  // socket.
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    service = LuceneSearchService.open(TestIndex.build(dir), 2000);
    app = SearchApi.create(service).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    service.close();
  }

  @Test
  void plainWordsAreAllRequiredAndMarked() throws Exception {
    JsonNode r = ok("/api/search?q=" + enc("Lavrov summit"));
    assertEquals(List.of("a1"), ids(r));
    assertTrue(r.at("/hits/0/snippet").asText().contains("<mark>Lavrov</mark>"));
    assertTrue(r.at("/hits/0/headlineHtml").asText().contains("<mark>summit</mark>"));
    assertFalse(r.get("relaxed").asBoolean());
  }

  @Test
  void stemmedFormsMatchAndAreMarked() throws Exception {
    JsonNode r = ok("/api/search?q=negotiate&sort=oldest");
    assertEquals(List.of("a5", "a2", "a10", "a1"), ids(r));
    assertTrue(r.at("/hits/3/snippet").asText().contains("<mark>negotiations</mark>"));
  }

  @Test
  void phraseQueryMarksThePhrase() throws Exception {
    JsonNode r = ok("/api/search?q=" + enc("\"container ships\""));
    assertEquals(List.of("a5"), ids(r));
    assertTrue(r.at("/hits/0/snippet").asText().contains("<mark>container ships</mark>"));
  }

  @Test
  void exclusionOrGroupsFieldsPrefixAndFuzzyWork() throws Exception {
    assertEquals(List.of("a3"), ids(ok("/api/search?q=" + enc("summit -Lavrov -quetzal"))));
    assertEquals(2, ok("/api/search?q=" + enc("zanzibar OR quetzal")).get("total").asInt());
    assertEquals(
        List.of("a2"), ids(ok("/api/search?q=" + enc("(Riyadh OR Geneva) headline:Rubio"))));
    assertEquals(2, ok("/api/search?q=" + enc("source:\"The Guardian\"")).get("total").asInt());
    assertEquals(List.of("a6"), ids(ok("/api/search?q=" + enc("inflat*"))));
    assertEquals(List.of("a5"), ids(ok("/api/search?q=" + enc("harbuor~"))));
  }

  @Test
  void longQuestionRelaxesAndSaysSo() throws Exception {
    JsonNode r =
        ok("/api/search?q=" + enc("why did stock markets rally and bond yields fall last spring"));
    assertTrue(r.get("relaxed").asBoolean());
    assertEquals("a6", r.at("/hits/0/id").asText());
  }

  @Test
  void brokenSyntaxIsSearchedAsWordsWithAWarning() throws Exception {
    JsonNode r = ok("/api/search?q=" + enc("Lavrov AND (summit"));
    assertEquals(List.of("a1"), ids(r));
    assertEquals(1, r.get("warnings").size());
  }

  @Test
  void emptyQueryListsEverythingNewestFirstWithUndatedLast() throws Exception {
    JsonNode r = ok("/api/search?size=100");
    assertEquals(12, r.get("total").asInt());
    assertEquals("a1", r.at("/hits/0/id").asText());
    assertEquals("a8", r.at("/hits/11/id").asText());
  }

  @Test
  void sourceFilterIsOredAndItsFacetIgnoresIt() throws Exception {
    JsonNode r = ok("/api/search?source=Reuters&source=" + enc("BBC News"));
    assertEquals(5, r.get("total").asInt());
    JsonNode sources = r.at("/facets/source");
    assertEquals("Reuters", sources.get(0).get("value").asText());
    assertEquals(3, sources.get(0).get("count").asInt());
    assertEquals(12, sum(sources), "the source facet counts every source despite the filter");
    assertFalse(r.get("facetsApproximate").asBoolean(), "a small match set is counted exactly");
  }

  @Test
  void unknownSourceAndUndatedCanBeCountedAndSelected() throws Exception {
    JsonNode all = ok("/api/search");
    assertTrue(facet(all.at("/facets/source"), "_unknown") == 2);
    assertEquals(1, all.at("/facets/date/undated").asInt());
    assertEquals(List.of("a7", "a12"), ids(ok("/api/search?source=_unknown")));
    assertEquals(List.of("a8"), ids(ok("/api/search?undated=true")));
  }

  @Test
  void dateRangeIsInclusiveAndTheHistogramFollowsIt() throws Exception {
    JsonNode r = ok("/api/search?from=2025-02-17&to=2025-02-20&sort=oldest");
    assertEquals(List.of("a4", "a2", "a3", "a10"), ids(r));
    JsonNode date = r.at("/facets/date");
    assertEquals("day", date.get("interval").asText());
    assertEquals(4, date.get("buckets").size());
    assertEquals("2025-02-17", date.at("/buckets/0/value").asText());
  }

  @Test
  void histogramPicksAReadableInterval() throws Exception {
    JsonNode date = ok("/api/search").at("/facets/date");
    assertEquals("month", date.get("interval").asText());
    assertEquals(11, sum(date.get("buckets")));
  }

  @Test
  void htmlInArticlesIsEscaped() throws Exception {
    JsonNode r = ok("/api/search?q=zanzibar");
    String headline = r.at("/hits/0/headlineHtml").asText();
    assertTrue(headline.startsWith("&lt;script&gt;"), headline);
    assertFalse(r.at("/hits/0/snippet").asText().contains("<script>"));
    assertEquals("<script>alert(1)</script> Hostile headline", r.at("/hits/0/headline").asText());
  }

  @Test
  void snippetIsShortAndAroundTheMatch() throws Exception {
    String snippet = ok("/api/search?q=quetzal").at("/hits/0/snippet").asText();
    assertTrue(snippet.contains("<mark>quetzal</mark>"));
    assertTrue(snippet.length() < 450, snippet);
  }

  @Test
  void withoutABodyMatchTheSnippetIsTheOpening() throws Exception {
    // "Harbour" is in a5's headline only.
    String snippet = ok("/api/search?q=harbour").at("/hits/0/snippet").asText();
    assertTrue(snippet.startsWith("Dock workers walked out on Tuesday"), snippet);
  }

  @Test
  void pagingReachesTheLastPageAndPastItIsEmpty() throws Exception {
    assertEquals(2, ok("/api/search?size=5&page=3").get("hits").size());
    JsonNode past = ok("/api/search?size=5&page=4");
    assertEquals(0, past.get("hits").size());
    assertEquals(12, past.get("total").asInt());
  }

  @Test
  void hitsOnlyAnswerIsLean() throws Exception {
    JsonNode r = ok("/api/search?q=summit&facets=false&highlight=false");
    assertTrue(r.get("facets") == null && r.at("/hits/0/snippet").isMissingNode());
    assertTrue(r.get("facetsApproximate") == null);
  }

  @Test
  void badParametersAreClearBadRequests() throws Exception {
    error("/api/search?page=0", 400, "Parameter 'page' must be 1 or more, was 0");
    error("/api/search?size=1000", 400, "Parameter 'size' must be 1..100, was 1000");
    error(
        "/api/search?from=yesterday",
        400,
        "Parameter 'from' must be a date yyyy-mm-dd, was 'yesterday'");
    error("/api/search?page=abc", 400, "Parameter 'page' must be a whole number, was 'abc'");
    error("/api/search?page=101&size=100", 400, "Parameter 'page' is past the result window");
    error(
        "/api/search?sort=best",
        400,
        "Parameter 'sort' must be relevance, newest, oldest or republished");
    error("/api/search?facets=maybe", 400, "Parameter 'facets' must be true or false");
    error("/api/search?q=" + "a".repeat(5000), 400, "Parameter 'q' is too long");
    error("/api/articles/nope", 404, "No article with id 'nope'");
    error("/api/nothing-here", 404, "Endpoint GET /api/nothing-here not found");
  }

  @Test
  void hugeUrlsAndWritesGetTheJsonShape() throws Exception {
    error("/api/search?q=" + "a".repeat(70_000), 414, "The URL is too long");
    // Without it the client pools the connection Jetty closes and the next request fails.
    assertEquals(
        "close",
        get("/api/search?q=" + "a".repeat(70_000)).headers().firstValue("Connection").orElse(""));
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals(405, JSON.readTree(post.body()).get("status").asInt());
  }

  @Test
  void articleViewMarksTheQuery() throws Exception {
    JsonNode a = ok("/api/articles/a2?q=Lavrov");
    assertEquals("Reuters", a.get("source").asText());
    assertTrue(a.get("bodyHtml").asText().startsWith("Sergei <mark>Lavrov</mark> and Marco Rubio"));
    assertTrue(a.get("body").asText().contains("embassy staffing"));
    assertTrue(ok("/api/articles/a2").get("bodyHtml") == null);
  }

  @Test
  void exportStreamsCsvWithTheSameFilters() throws Exception {
    HttpResponse<String> r = get("/api/export?source=Reuters&format=csv&sort=oldest");
    assertEquals(200, r.statusCode());
    List<String> lines = r.body().lines().toList();
    assertEquals("id,headline,date,source,url", lines.get(0));
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).startsWith("a6,Markets rally"), lines.get(1));
  }

  @Test
  void healthCountsArticles() throws Exception {
    JsonNode h = ok("/api/health");
    assertEquals("ok", h.get("status").asText());
    assertEquals(12, h.get("articles").asInt());
  }

  @Test
  void responsesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> r = get("/api/health");
    assertTrue(
        r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void aReindexIsServedWithoutRestart() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.writeString(
        corpus.resolve("late.jsonl"),
        "{\"id\":\"late-1\",\"headline\":\"Volcano erupts near fishing village\",\"date\":\"2025-03-01\",\"body\":\"Lava reached the sea.\"}\n");
    try {
      TestIndex.reindex(corpus, dir.resolve("index"));
      service.refresh();
      assertEquals(List.of("late-1"), ids(ok("/api/search?q=volcano")));
    } finally {
      Files.delete(corpus.resolve("late.jsonl"));
      TestIndex.reindex(corpus, dir.resolve("index"));
      service.refresh();
    }
  }

  private static JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  private static void error(String path, int status, String messageStart) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(status, r.statusCode(), r.body());
    JsonNode body = JSON.readTree(r.body());
    assertEquals(status, body.get("status").asInt());
    assertTrue(body.get("error").asText().startsWith(messageStart), body.get("error").asText());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonNode result) {
    var ids = new ArrayList<String>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static long sum(JsonNode values) {
    long sum = 0;
    for (JsonNode v : values) {
      sum += v.get("count").asLong();
    }
    return sum;
  }

  private static long facet(JsonNode values, String value) {
    for (JsonNode v : values) {
      if (v.get("value").asText().equals(value)) {
        return v.get("count").asLong();
      }
    }
    return 0;
  }
}
