package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.server.TestIndex;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage as a share on seven articles whose totals are known: on 1 January two of three articles
 * mention rain, on 2 January two of four; every Herald article does, one of four Gazette ones.
 */
class ShareApiTest {

  @TempDir static Path dir;
  static LuceneSearchService service;
  static Javalin app;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] TOPICS = {
    "the heavy rain flooded the low streets near the river",
    "rain kept the market traders under their awnings all morning",
    "the sun brought families to the beach for the first time this year",
    "more rain is expected before the weekend, forecasters said",
    "the rain delayed the start of the cup final by an hour",
    "a sunny spell let farmers bring in the last of the hay",
    "the sun shone on the opening of the new harbour bridge"
  };

  @BeforeAll
  static void start() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    String[] sources = {"Herald", "Herald", "Gazette", "Herald", "Gazette", "Gazette", "Gazette"};
    String[] days = {"01", "01", "01", "02", "02", "02", "02"};
    var lines = new java.util.ArrayList<String>();
    for (int i = 0; i < TOPICS.length; i++) {
      var map = new LinkedHashMap<String, String>();
      map.put("id", "a" + i);
      map.put("headline", "Weather report " + i);
      map.put(
          "body",
          "Article "
              + i
              + " of the week reports that "
              + TOPICS[i]
              + ". Readers wrote in with photographs, and the council answered questions about"
              + " the roads in an evening meeting number "
              + i
              + ".");
      map.put("source", sources[i]);
      map.put("date", "2024-01-" + days[i]);
      lines.add(JSON.writeValueAsString(map));
    }
    Files.write(corpus.resolve("weather.jsonl"), lines);
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
  void eachDayAndSourceGivesTheShareOfItsArticlesThatMatch() throws Exception {
    JsonNode facets = search("?q=rain&histogram=share&dedupe=false").get("facets");
    assertEquals(
        Map.of("2024-01-01", List.of(2.0, 2.0 / 3), "2024-01-02", List.of(2.0, 0.5)),
        values(facets.at("/date/buckets")));
    assertEquals(
        Map.of("Herald", List.of(3.0, 1.0), "Gazette", List.of(1.0, 0.25)),
        values(facets.get("source")));
  }

  @Test
  void theSharesTakeTheSameFiltersAndTheSourceFacetLeavesOutItsOwn() throws Exception {
    JsonNode facets = search("?q=rain&histogram=share&source=Herald").get("facets");
    assertEquals(
        Map.of("2024-01-01", List.of(2.0, 1.0), "2024-01-02", List.of(1.0, 1.0)),
        values(facets.at("/date/buckets")));
    assertEquals(
        Map.of("Herald", List.of(3.0, 1.0), "Gazette", List.of(1.0, 0.25)),
        values(facets.get("source")));
  }

  @Test
  void countsAloneUnlessSharesAreAskedFor() throws Exception {
    JsonNode facets = search("?q=rain").get("facets");
    assertFalse(facets.at("/date/buckets/0").has("share"));
    assertFalse(facets.at("/source/0").has("share"));
    HttpResponse<String> bad = get("?q=rain&histogram=percent");
    assertEquals(400, bad.statusCode());
  }

  private static Map<String, List<Double>> values(JsonNode array) {
    var map = new LinkedHashMap<String, List<Double>>();
    array.forEach(
        v ->
            map.put(
                v.get("value").asText(),
                List.of(v.get("count").asDouble(), v.path("share").asDouble(-1))));
    return map;
  }

  private static JsonNode search(String params) throws Exception {
    HttpResponse<String> response = get(params);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> get(String params) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/api/search" + params))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
