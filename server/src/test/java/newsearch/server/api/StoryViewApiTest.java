package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import newsearch.server.TestIndex;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story view over HTTP on a real index of {@code src/test/resources/storyview}: four versions
 * of one story from four outlets (dam-3 first seen, dam-4 undated), each with known added, removed
 * and changed sentences, and an article alone.
 */
class StoryViewApiTest {

  private static final String[] WIRE = {
    "Engineers began releasing water from the Kessel reservoir on Friday after three days of heavy"
        + " rain raised the level behind the old dam.",
    "The regional water authority said the spillway gates would stay open through the weekend"
        + " while inspectors checked the concrete wall.",
    "About four hundred households in the valley below were told to move their cars and animals"
        + " to higher ground as a precaution.",
    "The dam was built in the nineteen fifties and was last strengthened twelve years ago after"
        + " cracks were found near its base.",
    "A spokeswoman for the authority said there was no sign of damage but that the inspection"
        + " would take at least two more days.",
    "Farmers downstream complained that the warning came late and that many fields were already"
        + " under water by Friday evening.",
    "Forecasters expect the rain to ease on Sunday, when the authority plans to close the first"
        + " of the three gates."
  };

  @TempDir static Path dir;
  static LuceneSearchService service;
  static Javalin app;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException, URISyntaxException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path fixture = Path.of(StoryViewApiTest.class.getResource("/storyview/versions.jsonl").toURI());
    Files.copy(fixture, corpus.resolve("versions.jsonl"));
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
  void everyVersionInTimeOrderUndatedLastWithTheFirstSeenAndTheOutlets() throws Exception {
    JsonNode s = ok("/api/stories/dam-1");
    assertEquals("dam-1", s.get("story").asText());
    assertEquals("dam-3", s.at("/firstSeen/id").asText());
    assertEquals("Wire Service", s.at("/firstSeen/source").asText());
    assertEquals("2025-05-01", s.at("/firstSeen/date").asText());
    assertEquals(4, s.get("outlets").asInt());
    assertEquals(List.of("dam-3", "dam-1", "dam-2", "dam-4"), values(s.get("versions"), "id"));
    JsonNode undated = s.at("/versions/3");
    assertTrue(undated.get("date") == null || undated.get("date").isNull(), undated.toString());
    assertEquals("https://herald.example.org/dam", s.at("/versions/1/url").asText());
  }

  @Test
  void eachVersionsChangesAgainstTheEarliestSentenceBySentence() throws Exception {
    JsonNode v = ok("/api/stories/dam-1").get("versions");
    assertEquals(0, v.at("/0/diff").size());
    assertEquals(
        List.of(
            "changed|" + WIRE[1].replace("stay open", "remain open") + "|" + WIRE[1],
            "added|In Lindau the town hall opened its gym for families who could not stay with"
                + " relatives.|"),
        changes(v.get(1)));
    assertEquals(
        List.of(
            "changed|" + WIRE[3].replace("strengthened", "reinforced") + "|" + WIRE[3],
            "removed|" + WIRE[4] + "|"),
        changes(v.get(2)));
    assertEquals(
        List.of(
            "added|Residents of the valley spent a second anxious night as the water kept"
                + " rising.|",
            "removed|" + WIRE[6] + "|"),
        changes(v.get(3)));
  }

  @Test
  void anyMembersIdFindsTheSameStory() throws Exception {
    JsonNode byStory = ok("/api/stories/dam-1");
    for (String id : List.of("dam-2", "dam-3", "dam-4")) {
      assertEquals(byStory, ok("/api/stories/" + id), id);
    }
  }

  @Test
  void anArticleAloneIsAStoryOfOneVersion() throws Exception {
    JsonNode s = ok("/api/stories/market");
    assertEquals("market", s.get("story").asText());
    assertEquals(1, s.get("outlets").asInt());
    assertEquals(List.of("market"), values(s.get("versions"), "id"));
    assertEquals(0, s.at("/versions/0/diff").size());
  }

  @Test
  void anUnknownIdIsAJson404AndAnUnknownFormatA400() throws Exception {
    HttpResponse<String> r = get("/api/stories/nope");
    assertEquals(404, r.statusCode());
    assertEquals(404, JSON.readTree(r.body()).get("status").asInt(), r.body());
    assertTrue(JSON.readTree(r.body()).get("error").asText().contains("nope"), r.body());
    assertEquals(400, get("/api/stories/dam-1?format=xml").statusCode());
  }

  @Test
  void csvExportsOneRowAVersionWithItsCounts() throws Exception {
    HttpResponse<String> r = get("/api/stories/dam-2?format=csv");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertEquals(
        List.of(
            "id,source,date,url,added,removed,changed,headline",
            "dam-3,Wire Service,2025-05-01,https://wire.example.org/dam,0,0,0,"
                + "Water released from Kessel reservoir",
            "dam-1,Valley Herald,2025-05-02,https://herald.example.org/dam,1,0,1,"
                + "Spillway stays open at Kessel dam",
            "dam-2,Daily Courier,2025-05-02,https://courier.example.org/dam,0,1,1,"
                + "Kessel dam inspected after heavy rain",
            "dam-4,Gazette,,https://gazette.example.org/dam,1,1,0,"
                + "Valley waits as Kessel reservoir rises"),
        List.of(r.body().split("\r\n")));
  }

  private static List<String> changes(JsonNode version) {
    var out = new ArrayList<String>();
    for (JsonNode c : version.get("diff")) {
      out.add(
          c.get("op").asText()
              + "|"
              + c.get("text").asText()
              + "|"
              + (c.has("was") ? c.get("was").asText() : ""));
    }
    return out;
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

  private static List<String> values(JsonNode array, String field) {
    var out = new ArrayList<String>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }
}
