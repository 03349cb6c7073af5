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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsearch.server.TestIndex;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction record of each article, and the minConfidence filter, over HTTP. */
class ExtractionApiTest {

  @TempDir static Path dir;
  static LuceneSearchService service;
  static Javalin app;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> IDS = List.of("w1", "w2", "ferry-strike", "ferry-page");

  @BeforeAll
  static void start() throws IOException, URISyntaxException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path fixtures = Path.of(ExtractionApiTest.class.getResource("/extraction").toURI());
    try (var files = Files.list(fixtures)) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
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
  void everyArticleSaysHowItsBodyWasFound() throws Exception {
    for (String id : IDS) {
      JsonNode e = get("/api/articles/" + id).get("extraction");
      assertFalse(e.path("body").asText().isEmpty(), id);
      double confidence = e.path("confidence").asDouble(-1);
      assertTrue(confidence >= 0 && confidence <= 1, id + ": " + confidence);
    }
    JsonNode given = get("/api/articles/w1").get("extraction");
    assertEquals("given", given.get("body").asText());
    assertEquals(1.0, given.get("confidence").asDouble());
    assertFalse(
        "given".equals(get("/api/articles/ferry-strike").at("/extraction/body").asText()),
        "an HTML page's body was found, not given");
  }

  @Test
  void theArticleViewGivesEachPagesBylineAndWhereItCameFrom() throws Exception {
    JsonNode html = get("/api/articles/ferry-strike");
    assertEquals(List.of("Ana Lind"), JSON.convertValue(html.get("authors"), List.class));
    assertEquals("byline", html.at("/extraction/authors").asText());
    JsonNode text = get("/api/articles/ferry-page");
    assertEquals(
        List.of("Tom Berg", "Eva Sund"), JSON.convertValue(text.get("authors"), List.class));
    assertEquals("Ferry timetable changes explained", text.get("headline").asText());
    assertEquals("byline", text.at("/extraction/authors").asText());
  }

  @Test
  void minConfidenceKeepsExactlyTheArticlesThatSureInSearchAndExport() throws Exception {
    for (double min : new double[] {0, 0.3, 0.5, 0.8, 1}) {
      Set<String> expected = new TreeSet<>();
      for (String id : IDS) {
        if (get("/api/articles/" + id).at("/extraction/confidence").asDouble() >= min) {
          expected.add(id);
        }
      }
      JsonNode r = get("/api/search?dedupe=false&size=100&minConfidence=" + min);
      var found = new TreeSet<String>();
      r.get("hits").forEach(h -> found.add(h.get("id").asText()));
      assertEquals(expected, found, "minConfidence=" + min);
      assertEquals(expected.size(), r.get("total").asInt());
      String csv = text("/api/export?format=csv&minConfidence=" + min);
      assertEquals(expected.size(), csv.strip().lines().count() - 1, csv);
    }
    assertTrue(
        get("/api/search?minConfidence=1").get("total").asInt() >= 2, "JSON lines are given");
  }

  @Test
  void aConfidenceOutsideZeroToOneIsABadRequest() throws Exception {
    for (String bad : List.of("2", "-0.1", "NaN", "high")) {
      var response = send("/api/search?minConfidence=" + bad);
      assertEquals(400, response.statusCode(), bad);
      assertTrue(JSON.readTree(response.body()).get("error").asText().contains("minConfidence"));
    }
  }

  private static JsonNode get(String path) throws Exception {
    var response = send(path);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private static String text(String path) throws Exception {
    var response = send(path);
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  private static HttpResponse<String> send(String path) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
