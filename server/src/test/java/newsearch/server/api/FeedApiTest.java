package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
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
 * Feeds over HTTP, read by a feed reader's parser, on a real index that reindexes change: a feed's
 * entries change when a reindex adds matching articles and stay as they were after a full rebuild
 * that adds nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedApiTest {

  @TempDir static Path dir;
  static Path corpus;
  static LuceneSearchService service;
  static Javalin app;
  static Javalin local;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(
        corpus.resolve("first.jsonl"),
        List.of(
            article("k1", "Herald", "Kovalenko presents the budget", "Olena Kovalenko said"),
            article("k2", "Gazette", "Pension rise approved", "proposed by Kovalenko"),
            article("h1", "Courier", "Harbour strike", "dock workers at the harbour walked out")));
    TestIndex.reindex(corpus, dir.resolve("index"));
    service = LuceneSearchService.open(dir.resolve("index"), 2000);
    var settings =
        new FeedSettings(
            Optional.of("https://news.example.org/"), Optional.of(dir.resolve("lists")));
    app = SearchApi.create(service, 4, settings).start("127.0.0.1", 0);
    local = SearchApi.create(service).start("127.0.0.1", 0);
  }

  private static String article(String id, String source, String headline, String words)
      throws IOException {
    var map = new LinkedHashMap<String, String>();
    map.put("id", id);
    map.put("headline", headline);
    map.put(
        "body",
        "In a statement on Tuesday, "
            + words
            + " in the capital, where the news of "
            + id
            + " was met with a long debate among members and a statement from the ministry that"
            + " the plan would go ahead as announced before the summer.");
    map.put("source", source);
    map.put("date", "2024-02-0" + (1 + Math.abs(id.hashCode()) % 9));
    return JSON.writeValueAsString(map);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    local.stop();
    service.close();
  }

  @Test
  @Order(1)
  void aSearchsFeedListsItsMatchesWithStableIdsAndAbsoluteLinks() throws Exception {
    Feed feed = feed(app, "/api/feed.atom?q=Kovalenko");
    assertEquals("atom_1.0", feed.getFeedType());
    assertEquals("newsearch: Kovalenko", feed.getTitleEx().getValue());
    assertEquals(
        List.of("tag:newsearch,2024:article:k1", "tag:newsearch,2024:article:k2"), ids(feed));
    Entry k1 = feed.getEntries().getFirst();
    assertEquals("Kovalenko presents the budget", k1.getTitleEx().getValue());
    assertEquals(
        "https://news.example.org/?article=k1&q=Kovalenko", alternate(k1.getAlternateLinks()));
    assertEquals("Herald", k1.getAuthors().getFirst().getName());
    assertTrue(
        k1.getSummary().getValue().contains("<mark>Kovalenko</mark>"), k1.getSummary().getValue());
    assertEquals(k1.getUpdated(), feed.getUpdated(), "the feed is as new as its newest entry");
    assertTrue(
        feed(local, "/api/feed.atom?q=Kovalenko")
            .getEntries()
            .getFirst()
            .getAlternateLinks()
            .getFirst()
            .getHref()
            .startsWith("http://127.0.0.1:" + local.port() + "/?article=k1"),
        "without a public URL, links take the request's host");
  }

  @Test
  @Order(2)
  void aReindexThatAddsAMatchPutsItFirstAndAFullRebuildChangesNothing() throws Exception {
    Feed before = feed(app, "/api/feed.atom?q=Kovalenko");
    Thread.sleep(20);
    Files.write(
        corpus.resolve("second.jsonl"),
        List.of(article("k3", "Courier", "Kovalenko abroad", "finance minister Kovalenko")));
    TestIndex.reindex(corpus, dir.resolve("index"));
    service.refresh();
    Feed after = feed(app, "/api/feed.atom?q=Kovalenko");
    assertEquals(
        List.of(
            "tag:newsearch,2024:article:k3",
            "tag:newsearch,2024:article:k1",
            "tag:newsearch,2024:article:k2"),
        ids(after));
    assertTrue(after.getUpdated().after(before.getUpdated()));
    assertEquals(
        before.getEntries().get(0).getUpdated(),
        after.getEntries().get(1).getUpdated(),
        "an article seen before keeps its time");

    Thread.sleep(20);
    new newsearch.indexer.Indexer(
            new newsearch.indexer.source.CorpusFiles(List.of(), List.of()), 1, null)
        .run(corpus, dir.resolve("index"), true);
    service.refresh();
    Feed rebuilt = feed(app, "/api/feed.atom?q=Kovalenko");
    assertEquals(ids(after), ids(rebuilt));
    assertEquals(after.getUpdated(), rebuilt.getUpdated());
    for (int i = 0; i < ids(after).size(); i++) {
      assertEquals(
          after.getEntries().get(i).getUpdated(), rebuilt.getEntries().get(i).getUpdated());
    }
  }

  @Test
  @Order(3)
  void aStandingListIsSavedAndItsFeedSaysWhatEachEntryMatched() throws Exception {
    HttpResponse<String> saved =
        send(
            app,
            HttpRequest.newBuilder(URI.create(base(app) + "/api/lists/watch"))
                .header("Content-Type", "text/plain")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "# people and places\nKovalenko family\tKovalenko\n\"harbour\"\n")));
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(2, JSON.readTree(saved.body()).get("entries").asInt());
    assertTrue(Files.exists(dir.resolve("lists/watch.txt")));
    assertTrue(
        get(app, "/api/lists").body().contains("\"name\":\"watch\""),
        get(app, "/api/lists").body());
    Feed feed = feed(app, "/api/feed.atom?list=watch");
    assertEquals("newsearch: list watch", feed.getTitleEx().getValue());
    assertEquals(4, feed.getEntries().size());
    for (Entry e : feed.getEntries()) {
      List<String> matched = e.getCategories().stream().map(Category::getTerm).toList();
      assertEquals(
          e.getId().endsWith("h1") ? List.of("\"harbour\"") : List.of("Kovalenko family"),
          matched,
          e.getId());
    }
    assertEquals(1, feed(app, "/api/feed.atom?list=watch&size=1").getEntries().size());
  }

  @Test
  @Order(4)
  void badFeedsAndListsAreRefusedWithAMessage() throws Exception {
    assertEquals(404, get(app, "/api/feed.atom?list=nosuchlist").statusCode());
    assertEquals(400, get(app, "/api/feed.atom?list=../etc/passwd").statusCode());
    assertEquals(400, get(app, "/api/feed.atom?list=watch&q=x").statusCode());
    assertEquals(400, get(app, "/api/feed.atom?q=x&size=201").statusCode());
    assertEquals(400, get(app, "/api/feed.atom?q=x&from=yesterday").statusCode());
    HttpResponse<String> badName =
        send(
            app,
            HttpRequest.newBuilder(URI.create(base(app) + "/api/lists/Bad.Name"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
    assertEquals(400, badName.statusCode());
    HttpResponse<String> empty =
        send(
            app,
            HttpRequest.newBuilder(URI.create(base(app) + "/api/lists/empty"))
                .PUT(HttpRequest.BodyPublishers.ofString("\n# nothing\n")));
    assertEquals(400, empty.statusCode());
    assertEquals(
        404,
        send(
                local,
                HttpRequest.newBuilder(URI.create(base(local) + "/api/lists/x"))
                    .PUT(HttpRequest.BodyPublishers.ofString("x")))
            .statusCode(),
        "no lists folder");
  }

  private static Feed feed(Javalin server, String path) throws Exception {
    HttpResponse<String> response = get(server, path);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/atom+xml"));
    return (Feed) new WireFeedInput().build(new StringReader(response.body()));
  }

  private static List<String> ids(Feed feed) {
    return feed.getEntries().stream().map(Entry::getId).toList();
  }

  private static String alternate(List<Link> links) {
    return links.getFirst().getHref();
  }

  private static HttpResponse<String> get(Javalin server, String path) throws Exception {
    return send(server, HttpRequest.newBuilder(URI.create(base(server) + path)).GET());
  }

  private static HttpResponse<String> send(Javalin server, HttpRequest.Builder request)
      throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String base(Javalin server) {
    return "http://127.0.0.1:" + server.port();
  }
}
