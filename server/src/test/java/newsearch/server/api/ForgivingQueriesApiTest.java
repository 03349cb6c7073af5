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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.server.TestIndex;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries that would end empty: how each is read, relaxed or corrected, over the news fixture. */
class ForgivingQueriesApiTest {

  @TempDir static Path dir;
  static LuceneSearchService service;
  static Javalin app;
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
  void capitalsAreWordsNotOperators() throws Exception {
    JsonNode r = search("RUBIO NOT LAVROV", "");
    assertEquals("rubio not lavrov", r.get("interpretedAs").asText());
    assertEquals(List.of("a2"), ids(r));

    JsonNode literal = search("RUBIO NOT LAVROV", "&literal=true");
    assertFalse(literal.has("interpretedAs"));
    assertEquals(0, literal.get("total").asLong(), "Rubio without Lavrov: no such article");
  }

  @Test
  void capitalsWithoutSyntaxReadAsTheyAre() throws Exception {
    JsonNode r = search("LAVROV RUBIO", "");
    assertFalse(r.has("interpretedAs"), "nothing would be read otherwise");
    assertEquals(List.of("a2"), ids(r));
  }

  @Test
  void operatorsInSmallLettersStayOperators() throws Exception {
    JsonNode r = search("summit NOT Kremlin", "");
    assertFalse(r.has("interpretedAs"));
    assertFalse(ids(r).contains("a3"));
    assertTrue(ids(r).contains("a1"));
  }

  @Test
  void pastedSentenceIsSearchedAsProse() throws Exception {
    JsonNode r = search("Sergei Lavrov and Marco Rubio met in Riyadh: what did they agree?", "");
    assertTrue(r.has("interpretedAs"), r.toString());
    assertEquals("a2", ids(r).get(0));
    assertTrue(r.get("warnings").isEmpty(), "no unknown field 'Riyadh:' warning");
  }

  @Test
  void exclusionsAloneListEveryOtherArticleNewestFirst() throws Exception {
    for (String q : List.of("-summit", "NOT summit")) {
      JsonNode r = search(q, "&size=20&dedupe=false");
      List<String> ids = ids(r);
      assertEquals(9, r.get("total").asLong(), q + ": 12 articles, 3 say summit");
      assertFalse(ids.contains("a1") || ids.contains("a3") || ids.contains("a11"), q);
      assertEquals("a10", ids.get(0), q + ": the newest without the word");
    }
  }

  @Test
  void missingPhraseRelaxesToWordsNearEachOther() throws Exception {
    JsonNode r = search("\"Lavrov met Rubio\"", "");
    assertTrue(r.get("relaxed").asBoolean());
    assertTrue(r.get("notice").asText().contains("near each other"), r.toString());
    assertEquals(List.of("a2"), ids(r));
  }

  @Test
  void noArticleWithEveryWordShowsThoseWithMost() throws Exception {
    JsonNode r = search("Lavrov Rubio Zelensky", "");
    assertTrue(r.get("relaxed").asBoolean());
    assertEquals(
        "No article has all of these words; showing articles with most of them.",
        r.get("notice").asText());
    assertEquals(List.of("a2"), ids(r), "only a2 has two of the three");
  }

  @Test
  void filtersAreNeverDroppedButBlamed() throws Exception {
    JsonNode r = search("Lavrov", "&source=" + enc("BBC News"));
    assertEquals(0, r.get("total").asLong());
    assertEquals(2, r.get("withoutFilters").asLong());
    assertTrue(r.get("notice").asText().contains("filters"), r.toString());
  }

  @Test
  void aQueryThatMatchesNothingSaysSo() throws Exception {
    JsonNode r = search("xylophone", "");
    assertEquals(0, r.get("total").asLong());
    assertEquals("No article matches this query.", r.get("notice").asText());
  }

  @Test
  void unknownWordsGetTheIndexSpelling() throws Exception {
    assertEquals("zelensky", search("Zelenksy", "").get("didYouMean").asText());
    assertEquals("lavrov", search("Lavorv", "").get("didYouMean").asText());
    assertEquals("zelensky Kyiv", search("Zelenksy Kyiv", "").get("didYouMean").asText());
    assertFalse(search("Zelensky", "").has("didYouMean"), "a known word is not corrected");
  }

  @Test
  void theArticleViewMarksTheRelaxedQuery() throws Exception {
    String q = "Lavrov Rubio Zelensky";
    JsonNode article = ok("/api/articles/a2?q=" + enc(q));
    assertTrue(
        article.get("bodyHtml").asText().contains("<mark>Lavrov</mark>"), article.toString());
    assertTrue(article.get("bodyHtml").asText().contains("<mark>Rubio</mark>"));
  }

  @Test
  void exportCountsWhatWasAsked() throws Exception {
    HttpResponse<String> r = get("/api/export?format=jsonl&q=" + enc("Lavrov Rubio Zelensky"));
    assertEquals(200, r.statusCode());
    assertEquals("", r.body().strip(), "no article has all three words");
  }

  private static JsonNode search(String q, String params) throws Exception {
    return ok("/api/search?q=" + enc(q) + params);
  }

  private static JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonNode result) {
    var ids = new ArrayList<String>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}
