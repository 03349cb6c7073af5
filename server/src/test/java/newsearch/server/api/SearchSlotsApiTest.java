package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsearch.server.TestIndex;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchService;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches beyond the slots wait, and one that has waited a second is told to come back: a real
 * index behind a service that holds the search for "hold" until the test lets it go.
 */
class SearchSlotsApiTest {

  @TempDir static Path dir;
  static LuceneSearchService lucene;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private Javalin app;

  @BeforeAll
  static void index() throws IOException {
    lucene = LuceneSearchService.open(TestIndex.build(dir), 2000);
  }

  @AfterAll
  static void close() throws IOException {
    lucene.close();
  }

  @AfterEach
  void stop() {
    release.countDown();
    app.stop();
  }

  private SearchService holding() {
    return (SearchService)
        Proxy.newProxyInstance(
            SearchService.class.getClassLoader(),
            new Class<?>[] {SearchService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("search")
                  && ((SearchRequest) args[0]).query().equals("hold")) {
                entered.countDown();
                release.await(30, TimeUnit.SECONDS);
              }
              try {
                return method.invoke(lucene, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** Starts the server with {@code slots} and one search that holds its slot until released. */
  private CompletableFuture<HttpResponse<String>> holdOne(int slots) throws Exception {
    app = SearchApi.create(holding(), slots).start("127.0.0.1", 0);
    var held = get("/api/search?q=hold");
    assertTrue(entered.await(10, TimeUnit.SECONDS));
    return held;
  }

  private CompletableFuture<HttpResponse<String>> get(String path) {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSearchThatWaitedASecondIsToldToRetry() throws Exception {
    var held = holdOne(1);

    HttpResponse<String> busy = get("/api/search?q=summit").get(10, TimeUnit.SECONDS);
    assertEquals(503, busy.statusCode());
    assertEquals("1", busy.headers().firstValue("Retry-After").orElse(""));
    assertEquals(503, new ObjectMapper().readTree(busy.body()).get("status").asInt());
    assertEquals(503, get("/api/articles/a1").get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, get("/api/health").get(10, TimeUnit.SECONDS).statusCode(), "not a search");

    release.countDown();
    assertEquals(200, held.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, get("/api/search?q=summit").get(10, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void aSearchWaitingUnderASecondGetsItsAnswer() throws Exception {
    var held = holdOne(1);
    var waiting = get("/api/search?q=summit");
    Thread.sleep(200);
    release.countDown();
    assertEquals(200, waiting.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, held.get(10, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void searchesWithinTheSlotsDoNotWait() throws Exception {
    var held = holdOne(2);
    HttpResponse<String> other = get("/api/search?q=summit").get(10, TimeUnit.SECONDS);
    assertEquals(200, other.statusCode());
    release.countDown();
    assertEquals(200, held.get(10, TimeUnit.SECONDS).statusCode());
  }
}
