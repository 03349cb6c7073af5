package newsearch.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsearch.server.TestIndex;
import newsearch.server.search.ArticleView;
import newsearch.server.search.ExportFormat;
import newsearch.server.search.IndexHealth;
import newsearch.server.search.RelatedArticle;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchResult;
import newsearch.server.search.SearchService;
import newsearch.server.search.batch.BatchEntry;
import newsearch.server.search.batch.BatchRow;
import newsearch.server.search.feed.FeedEntry;
import newsearch.server.search.lucene.LuceneSearchService;
import newsearch.server.search.story.StoryView;
import newsearch.server.search.suggest.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch at a time, beside the searches: while a batch is held inside its first row, a second
 * batch is refused with 429 and a search still answers at once, in a real server on a real index.
 */
class BatchLaneApiTest {

  @TempDir Path dir;

  @Test
  void aSecondBatchWaitsItsTurnWhileSearchesGoOn() throws Exception {
    var inside = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (var lucene = LuceneSearchService.open(TestIndex.build(dir), 2000)) {
      Javalin app = SearchApi.create(new Held(lucene, inside, release), 2).start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + app.port();
        HttpRequest batch =
            HttpRequest.newBuilder(URI.create(base + "/api/batch"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Zelensky\nPutin"))
                .build();
        CompletableFuture<HttpResponse<String>> first =
            http.sendAsync(batch, HttpResponse.BodyHandlers.ofString());
        assertTrue(inside.await(10, TimeUnit.SECONDS), "the first batch started");

        HttpResponse<String> second = http.send(batch, HttpResponse.BodyHandlers.ofString());
        assertEquals(429, second.statusCode(), second.body());
        assertTrue(second.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> search =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/search?q=Putin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, search.statusCode(), "a search does not wait for the batch");

        release.countDown();
        HttpResponse<String> done = first.get(10, TimeUnit.SECONDS);
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("\"query\":\"Putin\""), done.body());
        assertEquals(
            200, http.send(batch, HttpResponse.BodyHandlers.ofString()).statusCode(), "its turn");
      } finally {
        release.countDown();
        app.stop();
      }
    }
  }

  /** The real service, whose batch rows wait until the test releases them. */
  private record Held(SearchService real, CountDownLatch inside, CountDownLatch release)
      implements SearchService {

    @Override
    public BatchRow batch(BatchEntry entry, SearchRequest filters, int hits, Duration budget)
        throws IOException {
      inside.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return real.batch(entry, filters, hits, budget);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
      return real.search(request);
    }

    @Override
    public Optional<ArticleView> article(String id, String query) throws IOException {
      return real.article(id, query);
    }

    @Override
    public Optional<List<RelatedArticle>> related(String id, int count) throws IOException {
      return real.related(id, count);
    }

    @Override
    public Optional<StoryView> story(String id) throws IOException {
      return real.story(id);
    }

    @Override
    public List<FeedEntry> feed(List<BatchEntry> entries, SearchRequest filters, int size)
        throws IOException {
      return real.feed(entries, filters, size);
    }

    @Override
    public long export(
        SearchRequest request, ExportFormat format, boolean withBody, int cap, OutputStream out)
        throws IOException {
      return real.export(request, format, withBody, cap, out);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int size) throws IOException {
      return real.suggest(prefix, size);
    }

    @Override
    public IndexHealth health() throws IOException {
      return real.health();
    }

    @Override
    public void close() {}
  }
}
