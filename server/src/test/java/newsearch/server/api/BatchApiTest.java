package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.server.TestIndex;
import newsearch.server.search.batch.BatchList;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch search over HTTP on a real index of eight articles whose counts are known: Kovalenko in
 * three (one republished by a second outlet, so four articles and three stories), spelled Kowalenko
 * in one more, a harbour strike in two, and two others.
 */
class BatchApiTest {

  @TempDir static Path dir;
  static LuceneSearchService service;
  static Javalin app;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();

  private static final String REPUBLISHED =
      "Olena Kovalenko, the finance minister, said on Tuesday that the budget would cut the"
          + " deficit by a third within two years. She told parliament that pensions would rise"
          + " with prices and that the savings would come from fewer state subsidies for energy."
          + " Opposition members called the plan a gamble on growth that had not yet arrived.";

  @BeforeAll
  static void start() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    var lines = new ArrayList<String>();
    lines.add(article("k1", "Herald", "2024-01-10", "Kovalenko presents the budget", REPUBLISHED));
    lines.add(article("k1b", "Gazette", "2024-01-11", "Minister presents budget", REPUBLISHED));
    lines.add(
        article(
            "k2",
            "Gazette",
            "2024-02-05",
            "Pension rise approved",
            "Parliament approved the pension rise proposed by Olena Kovalenko after a night of"
                + " debate. The vote was closer than expected, with several members of the ruling"
                + " party abstaining. The rise takes effect in March and costs the state about two"
                + " billion a year according to the ministry's own figures."));
    lines.add(
        article(
            "k3",
            "Herald",
            "2024-02-20",
            "Energy subsidies to end",
            "Subsidies for household energy will end in the autumn, the ministry said, confirming"
                + " a plan first set out by Kovalenko in January. Consumer groups warned that"
                + " bills could rise by a fifth for families who heat with gas, and asked for a"
                + " fund to help those on the lowest incomes through the coming winter."));
    lines.add(
        article(
            "k4",
            "Courier",
            "2024-03-01",
            "Minister Kowalenko abroad",
            "Finance minister Kowalenko travelled to Brussels to explain the budget to the"
                + " commission, which had asked for more detail on how the deficit would fall."
                + " Officials there said the talks were friendly but that the numbers still needed"
                + " work before the spring review of national spending plans."));
    lines.add(
        article(
            "h1",
            "Courier",
            "2024-02-12",
            "Harbour strike",
            "Dock workers at the northern harbour walked out on Monday over pay, leaving container"
                + " ships waiting at anchor. The union said the strike would last until the port"
                + " authority made a better offer, and that talks had broken down after the"
                + " employers refused to discuss overtime rates for night shifts."));
    lines.add(
        article(
            "h2",
            "Herald",
            "2024-02-14",
            "Harbour strike spreads",
            "The harbour strike spread to the southern terminals on Wednesday as crane operators"
                + " joined the walkout. Exporters said perishable goods were already spoiling on"
                + " the quays, and the chamber of commerce asked the government to step in before"
                + " the losses grew any further over the coming week."));
    lines.add(
        article(
            "o1",
            "Gazette",
            "2024-03-09",
            "Orchard blossom early",
            "Growers in the valley reported the earliest blossom in thirty years after a mild"
                + " winter, and warned that a late frost could ruin the crop. Beekeepers moved"
                + " their hives into the orchards a fortnight ahead of the usual date, hoping the"
                + " weather would hold long enough for pollination to finish."));
    Files.write(corpus.resolve("articles.jsonl"), lines);
    TestIndex.reindex(corpus, dir.resolve("index"));
    service = LuceneSearchService.open(dir.resolve("index"), 2000);
    app = SearchApi.create(service).start("127.0.0.1", 0);
  }

  private static String article(String id, String source, String date, String headline, String body)
      throws IOException {
    var map = new LinkedHashMap<String, String>();
    map.put("id", id);
    map.put("headline", headline);
    map.put("body", body);
    map.put("source", source);
    map.put("date", date);
    map.put("url", "https://" + source.toLowerCase() + ".example.org/" + id);
    return JSON.writeValueAsString(map);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    service.close();
  }

  @Test
  void eachLineIsAQueryInTheOrderGivenCountedAsWritten() throws Exception {
    JsonNode results =
        ok("", "text/plain", "Kovalenko\n\n\"harbour strike\"\nminister NOT Kowalenko\n")
            .get("results");
    assertEquals(3, results.size());
    JsonNode kovalenko = results.get(0);
    assertEquals("Kovalenko", kovalenko.get("query").asText());
    assertTrue(kovalenko.get("label").isNull());
    assertEquals(4, kovalenko.get("total").asInt());
    assertEquals(3, kovalenko.get("stories").asInt());
    assertEquals("k1", kovalenko.at("/first/id").asText());
    assertEquals("2024-01-10", kovalenko.at("/first/date").asText());
    assertEquals("k3", kovalenko.at("/latest/id").asText());
    assertEquals(Map.of("Herald", 2, "Gazette", 2), counts(kovalenko.get("bySource")), "by source");
    assertEquals(Map.of("2024-01", 2, "2024-02", 2), counts(kovalenko.get("byMonth")), "by month");
    assertEquals(4, kovalenko.get("hits").size());
    assertEquals(List.of(), texts(kovalenko.get("warnings")));
    assertEquals(2, results.get(1).get("total").asInt(), "the phrase");
    assertEquals("\"harbour strike\"", results.get(1).get("query").asText());
    assertEquals(2, results.get(2).get("total").asInt(), "minister, not the one spelled Kowalenko");
  }

  @Test
  void rowsWithOneLabelAreOneEntityCountedOnce() throws Exception {
    String csv =
        "label,query\n"
            + "Kovalenko,Kovalenko\n"
            + "Kovalenko,Kowalenko\n"
            + "strike,\"\"\"harbour strike\"\"\"\n"
            + ",orchard\n"
            + "Kovalenko,\"\"\"Olena Kovalenko\"\"\"\n";
    JsonNode results = ok("", "text/csv; charset=utf-8", csv).get("results");
    assertEquals(3, results.size());
    JsonNode entity = results.get(0);
    assertEquals("Kovalenko", entity.get("label").asText());
    assertEquals(
        "(Kovalenko) OR (Kowalenko) OR (\"Olena Kovalenko\")", entity.get("query").asText());
    assertEquals(5, entity.get("total").asInt(), "each article once, whichever spellings it has");
    assertEquals("k4", entity.at("/latest/id").asText());
    assertEquals(2, results.get(1).get("total").asInt(), "a quoted phrase in a CSV field");
    assertEquals("strike", results.get(1).get("label").asText());
    assertTrue(results.get(2).get("label").isNull());
    assertEquals(1, results.get(2).get("total").asInt());
  }

  @Test
  void aBrokenOrMisspelledQueryWarnsInItsOwnRowAndTheBatchGoesOn() throws Exception {
    JsonNode results =
        ok("", "text/plain", "headline:(Kovalenko\nKovalenkko\norchard").get("results");
    assertEquals(3, results.size());
    assertFalse(results.get(0).get("warnings").isEmpty(), results.get(0).toString());
    JsonNode misspelled = results.get(1);
    assertEquals(0, misspelled.get("total").asInt(), "a batch is never corrected");
    assertTrue(
        texts(misspelled.get("warnings")).stream()
            .anyMatch(w -> w.toLowerCase().contains("kovalenko")),
        misspelled.toString());
    assertTrue(misspelled.get("first").isNull());
    assertEquals(1, results.get(2).get("total").asInt());
  }

  @Test
  void filtersAndHitsApplyToEveryRow() throws Exception {
    JsonNode results =
        ok("?source=Herald&from=2024-01-01&to=2024-01-31&hits=1", "text/plain", "Kovalenko\nstrike")
            .get("results");
    assertEquals(1, results.get(0).get("total").asInt());
    assertEquals(1, results.get(0).get("hits").size());
    assertEquals(0, results.get(1).get("total").asInt());
    JsonNode wide = ok("?hits=2", "text/plain", "Kovalenko").get("results").get(0);
    assertEquals(2, wide.get("hits").size());
    assertEquals(4, wide.get("total").asInt(), "hits never cap the counts");
  }

  @Test
  void csvGivesOneLinePerEntryOrOnePerMatchingArticle() throws Exception {
    HttpResponse<String> summary =
        post("?format=csv", "text/plain", "Kovalenko\n\"harbour strike\"");
    assertEquals(200, summary.statusCode());
    assertTrue(summary.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> lines = summary.body().lines().toList();
    assertEquals("label,query,total,stories,first,latest,sources,warnings", lines.get(0));
    assertEquals(3, lines.size());
    assertTrue(lines.get(1).startsWith(",Kovalenko,4,3,2024-01-10,2024-02-20,"), lines.get(1));
    assertTrue(lines.get(2).startsWith(",\"\"\"harbour strike\"\"\",2,2,"), lines.get(2));
    List<String> hits =
        post("?format=csv&allHits=true", "text/plain", "Kovalenko\norchard")
            .body()
            .lines()
            .toList();
    assertEquals("label,query,id,headline,source,date", hits.get(0));
    assertEquals(1 + 4 + 1, hits.size(), String.join("\n", hits));
    assertTrue(hits.get(5).startsWith(",orchard,o1,Orchard blossom early,Gazette,2024-03-09"));
  }

  @Test
  void badListsAndValuesAreRefusedWithAMessage() throws Exception {
    assertError(413, post("", "text/plain", "x".repeat(2 * 1024 * 1024 + 1)));
    assertError(400, post("", "text/plain", "word\n".repeat(10_001)));
    assertError(400, post("", "text/plain", "\n \n"));
    assertError(400, post("?hits=51", "text/plain", "Kovalenko"));
    assertError(400, post("?format=xml", "text/plain", "Kovalenko"));
    assertError(400, post("", "text/csv", "name\nKovalenko\n"));
    assertError(400, post("", "text/csv", "query\n\"Kovalenko\n"));
    assertError(415, post("", "application/json", "[\"Kovalenko\"]"));
    HttpResponse<String> get =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/batch")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertError(405, get);
  }

  @Test
  void tenThousandQueriesAreAcceptedAndStreamedAsRows() throws Exception {
    String list = "orchard\n".repeat(BatchList.MAX_QUERIES);
    HttpResponse<String> response = post("?hits=1", "text/plain", list);
    assertEquals(200, response.statusCode());
    List<String> lines = response.body().lines().toList();
    assertEquals("{\"results\":[", lines.get(0));
    assertEquals(BatchList.MAX_QUERIES + 2, lines.size(), "a line a row, between the brackets");
    assertEquals("orchard", JSON.readTree(lines.get(1).replaceAll(",$", "")).get("query").asText());
    assertEquals("]}", lines.getLast());
    JsonNode all = JSON.readTree(response.body());
    assertEquals(BatchList.MAX_QUERIES, all.get("results").size());
    assertNull(all.get("results").get(9_999).get("cut"));
  }

  private static void assertError(int status, HttpResponse<String> response) throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    JsonNode error = JSON.readTree(response.body());
    assertEquals(status, error.get("status").asInt());
    assertFalse(error.get("error").asText().isBlank());
  }

  private static Map<String, Integer> counts(JsonNode values) {
    var map = new LinkedHashMap<String, Integer>();
    values.forEach(v -> map.put(v.get("value").asText(), v.get("count").asInt()));
    return map;
  }

  private static List<String> texts(JsonNode array) {
    var list = new ArrayList<String>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  private static JsonNode ok(String params, String type, String body) throws Exception {
    HttpResponse<String> response = post(params, type, body);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> post(String params, String type, String body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base() + "/api/batch" + params))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String base() {
    return "http://127.0.0.1:" + app.port();
  }
}
