package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import newsearch.server.TestIndex;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suggestions over HTTP on a real index of a fixture written here; the last test changes the corpus
 * and reindexes, so the order matters.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuggestApiTest {

  @TempDir static Path dir;
  static Path corpus;
  static LuceneSearchService service;
  static Javalin app;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();

  static final String KYIV_1 =
      article(
          "kyiv-1",
          "Ceasefire talks resume in Geneva",
          "Negotiators gathered again. The envoy said Volodymyr Zélensky would attend, and aides"
              + " to Zélensky confirmed it.");
  static final String KYIV_2 =
      article(
          "kyiv-2",
          "Ceasefire talks stall",
          "Delegates left early. Aides to Zélensky blamed the other side for the delay.");
  static final String HARBOUR =
      article(
          "harbour-1",
          "Harbour festival draws crowds",
          "Thousands came to see the boats, said Mayor Zelda Brook. Guests included Mara, Mabel,"
              + " Madge, Maeve, Magda, Maisie, Malia, Mandy, Marta and Maud.");
  static final String ENVOYS =
      article(
          "envoys-1",
          "Envoys praise ceasefire talks",
          "The mood was good, as Zélensky told reporters on the steps.");

  @BeforeAll
  static void start() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("one.jsonl"), KYIV_1 + KYIV_2);
    Files.writeString(corpus.resolve("two.jsonl"), HARBOUR);
    Files.writeString(corpus.resolve("three.jsonl"), ENVOYS);
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
  @Order(1)
  void namesAndPhrasesComeWithTheirKindAndTheArticlesThatHoldThem() throws Exception {
    assertEquals(
        List.of(Map.of("text", "Zélensky", "kind", "name", "count", 3)),
        suggestions("/api/suggest?q=zel"));
    assertEquals(
        List.of(Map.of("text", "Volodymyr Zélensky", "kind", "name", "count", 1)),
        suggestions("/api/suggest?q=volo"));
    List<Map<String, Object>> ceasefire = suggestions("/api/suggest?q=ceasefire");
    assertEquals(Map.of("text", "ceasefire talks", "kind", "phrase", "count", 3), ceasefire.get(0));
    assertEquals(
        List.of("ceasefire talks", "ceasefire talks resume", "ceasefire talks stall"),
        texts(ceasefire).stream().sorted().toList());
  }

  @Test
  @Order(2)
  void casesAndAccentsOfThePrefixDoNotMatter() throws Exception {
    for (String typed : List.of("zél", "ZEL", "Zél", "  zel ")) {
      assertEquals(List.of("Zélensky"), texts(suggestions("/api/suggest?q=" + enc(typed))), typed);
    }
    assertEquals(List.of("Volodymyr Zélensky"), texts(suggestions("/api/suggest?q=volodymyr%20z")));
    assertEquals(List.of("Mayor Zelda Brook"), texts(suggestions("/api/suggest?q=mayor")));
  }

  @Test
  @Order(3)
  void sizeIsEightByDefaultAndAtMostTwenty() throws Exception {
    assertEquals(8, suggestions("/api/suggest?q=ma").size());
    assertEquals(11, suggestions("/api/suggest?q=ma&size=20").size());
    assertEquals(1, suggestions("/api/suggest?q=ma&size=1").size());
    for (String bad : List.of("0", "21", "-3", "eight", "99999999999")) {
      HttpResponse<String> r = get("/api/suggest?q=ma&size=" + bad);
      assertEquals(400, r.statusCode(), bad);
      assertTrue(JSON.readTree(r.body()).get("error").asText().contains("'size'"), r.body());
    }
  }

  @Test
  @Order(4)
  void aMissingPrefixIsAnErrorAndABlankOneSuggestsNothing() throws Exception {
    HttpResponse<String> missing = get("/api/suggest");
    assertEquals(400, missing.statusCode());
    assertTrue(JSON.readTree(missing.body()).get("error").asText().contains("'q'"));
    assertEquals(400, get("/api/suggest?q=" + "a".repeat(101)).statusCode());
    assertEquals(List.of(), suggestions("/api/suggest?q="));
    assertEquals(List.of(), suggestions("/api/suggest?q=%20%20"));
    assertEquals(List.of(), suggestions("/api/suggest?q=xyzzy"));
  }

  @Test
  @Order(5)
  void deletedAndReplacedArticlesAreNoLongerCounted() throws Exception {
    String replaced =
        article("kyiv-2", "Harbour works stall", "Delegates left early and nobody was blamed.");
    Files.writeString(corpus.resolve("one.jsonl"), KYIV_1 + replaced);
    Files.delete(corpus.resolve("two.jsonl"));
    TestIndex.reindex(corpus, dir.resolve("index"));
    service.refresh();

    assertEquals(
        List.of(Map.of("text", "Zélensky", "kind", "name", "count", 2)),
        suggestions("/api/suggest?q=zel"));
    assertEquals(
        Map.of("text", "ceasefire talks", "kind", "phrase", "count", 2),
        suggestions("/api/suggest?q=ceasefire").get(0));
    assertEquals(List.of(), suggestions("/api/suggest?q=mab"));
    assertEquals(
        List.of("harbour works", "harbour works stall"),
        texts(suggestions("/api/suggest?q=harbour%20w")));
  }

  private static String article(String id, String headline, String body) {
    try {
      return JSON.writeValueAsString(Map.of("id", id, "headline", headline, "body", body)) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Map<String, Object>> suggestions(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode node = JSON.readTree(r.body());
    assertEquals(1, node.size(), "only the suggestions: " + r.body());
    var out = new ArrayList<Map<String, Object>>();
    for (JsonNode s : node.get("suggestions")) {
      out.add(
          Map.of(
              "text", s.get("text").asText(),
              "kind", s.get("kind").asText(),
              "count", s.get("count").asInt()));
    }
    return out;
  }

  private static List<String> texts(List<Map<String, Object>> suggestions) {
    return suggestions.stream().map(s -> (String) s.get("text")).toList();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
