package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.lucene.LuceneSearchService;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories in search over HTTP: the order by outlets, the outlets filter, the bounded list of other
 * versions, and collapsed paging to the last page of the result window. The index is written with
 * the schema's fields directly: twenty-five thousand short articles, in stories of two and three,
 * index in a second where the indexer would take minutes.
 */
class StoriesInSearchApiTest {

  /** Stories of the paging fixture: more than the window of 10,000 stories. */
  static final int WIRE_STORIES = 10_050;

  @TempDir static Path dir;
  static LuceneSearchService service;
  static Javalin app;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  @BeforeAll
  static void start() throws IOException {
    Path index = dir.resolve("index");
    try (var writer =
        new IndexWriter(
            FSDirectory.open(index), new IndexWriterConfig(new IndexSchema().analyzer()))) {
      // Quake: three outlets; storm: two versions of one outlet and one of another; hail alone.
      add(writer, "quake-1", "quake", "Reuters", DAY, "quake-1");
      add(writer, "quake-2", "quake", "BBC", DAY, "quake-1");
      add(writer, "quake-3", "quake", "AP", DAY, "quake-1");
      add(writer, "storm-1", "quake storm", "Reuters", DAY, "storm-1");
      add(writer, "storm-2", "quake storm", "Reuters", DAY.plusDays(1), "storm-1");
      add(writer, "storm-3", "quake storm", "AFP", DAY, "storm-1");
      add(writer, "hail-1", "quake quake quake hail", "AFP", DAY, "hail-1");
      add(writer, "hail-2", "quake hail", "AP", DAY, "hail-2");
      // Fifteen versions of a flood story: two undated, two on one day.
      for (int i = 0; i < 13; i++) {
        add(
            writer,
            "flood-" + (char) ('a' + i),
            "flood",
            "Outlet " + i,
            DAY.minusDays(i / 2 * 3),
            "flood-a");
      }
      add(writer, "flood-n", "flood", "Outlet 13", null, "flood-a");
      add(writer, "flood-o", "flood", "Outlet 14", null, "flood-a");
      for (int s = 0; s < WIRE_STORIES; s++) {
        int copies = 2 + s % 2;
        for (int c = 0; c < copies; c++) {
          String story = "wire-" + s + "-0";
          add(writer, "wire-" + s + "-" + c, "wire", "Wire " + c, DAY.minusDays(s % 500), story);
        }
      }
      writer.commit();
    }
    service = LuceneSearchService.open(index, 10_000);
    app = SearchApi.create(service).start("127.0.0.1", 0);
  }

  private static void add(
      IndexWriter writer, String id, String words, String source, LocalDate date, String story)
      throws IOException {
    var doc = new Document();
    doc.add(new KeywordField(IndexSchema.ID, id, Field.Store.YES));
    doc.add(new Field(IndexSchema.HEADLINE, words, IndexSchema.HEADLINE_TYPE));
    doc.add(new StoredField(IndexSchema.BODY, words));
    doc.add(new Field(IndexSchema.BODY, words, IndexSchema.BODY_POSTINGS_TYPE));
    doc.add(new KeywordField(IndexSchema.SOURCE, source, Field.Store.YES));
    if (date != null) {
      doc.add(new IntField(IndexSchema.DAY, (int) date.toEpochDay(), Field.Store.NO));
      doc.add(new StoredField(IndexSchema.DATE, date.toString()));
    }
    doc.add(new NumericDocValuesField(IndexSchema.STORY, IndexSchema.storyKey(story)));
    writer.addDocument(doc);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    service.close();
  }

  @Test
  void republishedPutsTheStoriesOfMostOutletsFirstThenRelevance() throws Exception {
    JsonNode r = ok("/api/search?q=quake&sort=republished&highlight=false");
    // hail-1 says quake three times: it outranks hail-2 among the stories of one outlet.
    assertEquals(
        List.of("quake", "storm", "hail", "hail"),
        ids(r).stream().map(StoriesInSearchApiTest::storyOf).toList());
    assertEquals("hail-1", ids(r).get(2));
  }

  @Test
  void minOutletsKeepsOnlyStoriesOfThatManyOutlets() throws Exception {
    assertEquals(
        List.of("quake", "storm"),
        ids(ok("/api/search?q=quake&minOutlets=2&sort=republished&highlight=false")).stream()
            .map(id -> id.substring(0, id.indexOf('-')))
            .toList());
    JsonNode three = ok("/api/search?q=quake&minOutlets=3&highlight=false");
    assertEquals(1, three.get("total").asInt());
    assertEquals(3, three.get("articles").asInt());
    assertEquals(4, ok("/api/search?q=quake&minOutlets=1&highlight=false").get("total").asInt());
    error(
        "/api/search?q=quake&minOutlets=0", "Parameter 'minOutlets' must be a whole number from 1");
    error(
        "/api/search?q=quake&minOutlets=99999999",
        "Parameter 'minOutlets' must be a whole number from 1");
    error("/api/search?q=quake&minOutlets=two", "Parameter 'minOutlets' must be a whole number");
    error(
        "/api/search?q=quake&sort=most",
        "Parameter 'sort' must be relevance, newest, oldest or republished");
  }

  @Test
  void alsoInListsTheFirstTenOtherVersionsByDateAndCountsThemAll() throws Exception {
    JsonNode hit = ok("/api/search?q=flood&sort=oldest&highlight=false").at("/hits/0");
    assertEquals("flood-m", hit.get("id").asText());
    assertEquals(14, hit.get("alsoInTotal").asInt());
    List<String> also = values(hit.get("alsoIn"), "id");
    // Days: m 18 days back, k and l 15 (ties by id), ..., a and b 0, undated n and o last.
    assertEquals(
        List.of(
            "flood-k", "flood-l", "flood-i", "flood-j", "flood-g", "flood-h", "flood-e", "flood-f",
            "flood-c", "flood-d"),
        also);
    JsonNode newest = ok("/api/search?q=flood&sort=newest&highlight=false").at("/hits/0");
    assertEquals("flood-a", newest.get("id").asText());
    assertEquals(10, newest.get("alsoIn").size());
  }

  @Test
  void collapsedPagesAreFullToTheLastPageOfTheWindow() throws Exception {
    for (String facets : List.of("true", "false")) {
      var seen = new HashSet<String>();
      for (int page : new int[] {1, 2, 50, 99, 100}) {
        JsonNode r =
            ok("/api/search?q=wire&size=100&highlight=false&facets=" + facets + "&page=" + page);
        assertEquals(100, r.get("hits").size(), "page " + page + " facets " + facets);
        for (String id : ids(r)) {
          assertTrue(seen.add(storyOf(id)), "a story shown twice: " + id);
        }
        if (facets.equals("true")) {
          assertEquals(WIRE_STORIES, r.get("total").asLong());
          assertTrue(r.get("totalExact").asBoolean());
        } else {
          assertTrue(r.get("total").asLong() >= page * 100L);
          assertTrue(r.get("total").asLong() <= WIRE_STORIES);
        }
      }
    }
    error("/api/search?q=wire&size=100&page=101", "Parameter 'page' is past the result window");
  }

  private static String storyOf(String id) {
    return id.substring(0, id.lastIndexOf('-'));
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

  private static void error(String path, String message) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains(message), r.body());
    assertFalse(r.body().isEmpty());
  }

  private static List<String> ids(JsonNode result) {
    return values(result.get("hits"), "id");
  }

  private static List<String> values(JsonNode array, String field) {
    var out = new ArrayList<String>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }
}
