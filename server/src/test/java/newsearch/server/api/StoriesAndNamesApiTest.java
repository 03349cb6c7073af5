package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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

/**
 * Stories and names over HTTP on a real index of {@code src/test/resources/stories}: one story
 * across outlets, name variants and related articles.
 */
class StoriesAndNamesApiTest {

  @TempDir static Path dir;
  static LuceneSearchService service;
  static Javalin app;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException, URISyntaxException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path fixture =
        Path.of(StoriesAndNamesApiTest.class.getResource("/stories/stories.jsonl").toURI());
    Files.copy(fixture, corpus.resolve("stories.jsonl"));
    TestIndex.reindex(corpus, dir.resolve("index"));
    service = LuceneSearchService.open(dir.resolve("index"), 2000);
    app = SearchApi.create(service).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    service.close();
  }

  @Test
  void aStoryFromSeveralOutletsIsOneHitThatListsTheOtherVersions() throws Exception {
    JsonNode r = ok("/api/search?q=tram&sort=oldest");
    assertEquals(List.of("tram-a", "tram-survey"), ids(r));
    assertEquals(2, r.get("total").asInt());
    assertEquals(4, r.get("articles").asInt());
    JsonNode also = r.at("/hits/0/alsoIn");
    assertEquals(2, also.size());
    assertEquals("tram-b", also.at("/0/id").asText());
    assertEquals("Daily Courier", also.at("/0/source").asText());
    assertEquals("2025-03-04", also.at("/0/date").asText());
    assertEquals("tram-c", also.at("/1/id").asText());
    assertTrue(r.at("/hits/1/alsoIn").isMissingNode());
  }

  @Test
  void facetCountsStayArticleCounts() throws Exception {
    JsonNode r = ok("/api/search?q=tram");
    int sum = 0;
    for (JsonNode f : r.at("/facets/source")) {
      sum += f.get("count").asInt();
      if (f.get("value").asText().equals("Daily Courier")) {
        assertEquals(2, f.get("count").asInt());
      }
    }
    assertEquals(4, sum);
  }

  @Test
  void dedupeFalseShowsEveryArticle() throws Exception {
    JsonNode r = ok("/api/search?q=tram&dedupe=false");
    assertEquals(4, r.get("total").asInt());
    assertEquals(4, r.get("articles").asInt());
    assertEquals(4, r.get("hits").size());
    assertTrue(r.at("/hits/0/alsoIn").isMissingNode());
    assertEquals(400, get("/api/search?q=tram&dedupe=maybe").statusCode());
  }

  @Test
  void pagesCountStoriesSoThatNoStoryRepeatsAcrossPages() throws Exception {
    JsonNode first = ok("/api/search?sort=oldest&size=2&page=1");
    JsonNode second = ok("/api/search?sort=oldest&size=2&page=2");
    // 13 articles, of which tram-b and tram-c are copies of tram-a, ukr-4 one of ukr-3.
    assertEquals(10, first.get("total").asInt());
    assertEquals(13, first.get("articles").asInt());
    var seen = new ArrayList<String>(ids(first));
    seen.addAll(ids(second));
    assertEquals(4, seen.stream().distinct().count(), seen.toString());
    assertFalse(seen.contains("tram-b") || seen.contains("tram-c"), seen.toString());
  }

  @Test
  void theArticleViewListsTheOtherVersionsAndItsStory() throws Exception {
    JsonNode a = ok("/api/articles/tram-c");
    assertEquals("tram-a", a.get("story").asText());
    assertEquals(List.of("tram-a", "tram-b"), values(a.get("otherVersions"), "id"));
    JsonNode alone = ok("/api/articles/harvest");
    assertEquals("harvest", alone.get("story").asText());
    assertEquals(0, alone.get("otherVersions").size());
  }

  @Test
  void relatedArticlesAreOtherStoriesNotCopies() throws Exception {
    JsonNode r = ok("/api/articles/tram-b/related");
    List<String> related = values(r.get("related"), "id");
    assertEquals("tram-survey", related.get(0), related.toString());
    assertFalse(related.contains("tram-a") || related.contains("tram-c"), related.toString());
    assertEquals(404, get("/api/articles/nope/related").statusCode());
    assertEquals(400, get("/api/articles/tram-b/related?size=0").statusCode());
  }

  @Test
  void aNameFindsItsSpellingsExactOnesFirstWithTheVariantMarked() throws Exception {
    JsonNode r = ok("/api/search?q=Yanukovych&dedupe=false");
    assertEquals(List.of("ukr-1", "ukr-2"), ids(r));
    assertTrue(r.at("/hits/1/snippet").asText().contains("<mark>Yanukovich</mark>"));
    assertEquals(List.of("ukr-2", "ukr-1"), ids(ok("/api/search?q=yanukovich&dedupe=false")));
    assertEquals(List.of("egy-1", "egy-2"), ids(ok("/api/search?q=Mansour&dedupe=false")));
  }

  @Test
  void theVariantsFileJoinsSpellingsNoRuleFolds() throws Exception {
    JsonNode r = ok("/api/search?q=Kiev&dedupe=false");
    assertEquals(List.of("ukr-4", "ukr-3"), ids(r));
    assertTrue(r.at("/hits/1/snippet").asText().contains("<mark>Kyiv</mark>"));
    // The two are one story (the same text, a name spelled two ways): the exact one leads it.
    JsonNode collapsed = ok("/api/search?q=Kiev");
    assertEquals(List.of("ukr-4"), ids(collapsed));
    assertEquals("ukr-3", collapsed.at("/hits/0/alsoIn/0/id").asText());
  }

  @Test
  void anEqualsSignAsksForTheExactSpellingOnly() throws Exception {
    assertEquals(List.of("ukr-2"), ids(ok("/api/search?q=" + enc("=Yanukovich"))));
    assertEquals(List.of("ukr-4"), ids(ok("/api/search?q=" + enc("=Kiev") + "&dedupe=false")));
    assertEquals(List.of("egy-2"), ids(ok("/api/search?q=" + enc("=Mansoor minister"))));
  }

  @Test
  void aCommonWordIsNoVariantOfAName() throws Exception {
    // "Hyde" and "hide" share a key, but "hide" is never written as a name.
    assertEquals(List.of("park-1"), ids(ok("/api/search?q=Hyde")));
    assertEquals(List.of("park-2"), ids(ok("/api/search?q=hide")));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static List<String> ids(JsonNode result) {
    return values(result.get("hits"), "id");
  }

  private static List<String> values(JsonNode array, String field) {
    var out = new ArrayList<String>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
