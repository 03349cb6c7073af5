package newsearch.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.reliability.ChildJvm;
import newsearch.indexer.reliability.Corpora;
import newsearch.indexer.source.CorpusFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full reindex of 21,000 articles runs on the index folder that a real {@code newsearch serve}
 * (ServerMain in its own JVM, with its own refresh scheduler) is serving, while clients search
 * without pause. No request fails; every answer comes from the old index or the new one, never a
 * mix; the new articles are served without a restart.
 */
class ReindexWhileServingTest {

  private static final int OLD = Integer.getInteger("newsearch.reindex.oldArticles", 20_000);
  private static final int NEW = OLD + 1_000;
  private static final int CLIENTS = 4;

  @TempDir Path tmp;

  @Test
  void searchesDuringAFullReindexSeeTheOldOrTheNewIndexAndNeverFail() throws Exception {
    Path oldCorpus = tmp.resolve("old");
    Path newCorpus = tmp.resolve("new");
    Corpora.write(oldCorpus, "old", OLD / 1_000, 1_000, "alpha", 1);
    Corpora.write(newCorpus, "new", NEW / 1_000, 1_000, "beta", 2);
    Path index = tmp.resolve("index");
    indexer().run(oldCorpus, index, true);

    int port = freePort();
    Process server =
        ChildJvm.builder(
                tmp,
                List.of("-Xmx512m", "-Dorg.slf4j.simpleLogger.log.newsearch.access=warn"),
                "newsearch.server.ServerMain",
                "--index",
                index.toString(),
                "--port",
                Integer.toString(port))
            .start();
    try {
      var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String base = "http://127.0.0.1:" + port;
      awaitHealthy(client, base, server);

      var stop = new AtomicBoolean();
      var sent = new LongAdder();
      var oldAnswers = new LongAdder();
      var newAnswers = new LongAdder();
      var failures = new ConcurrentLinkedQueue<String>();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        var random = new Random(c);
        clients.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      while (!stop.get()) {
                        search(client, base, random, sent, oldAnswers, newAnswers, failures);
                      }
                    }));
      }
      Thread.sleep(500);
      long start = System.nanoTime();
      ReindexReport report = indexer().run(newCorpus, index, true);
      long committed = System.nanoTime();
      long visibleMs = -1;
      while (System.nanoTime() - committed < TimeUnit.SECONDS.toNanos(10)) {
        if (get(client, base + "/api/health").get("articles").asInt() == NEW) {
          visibleMs = (System.nanoTime() - committed) / 1_000_000;
          break;
        }
        Thread.sleep(20);
      }
      Thread.sleep(500);
      stop.set(true);
      for (Thread t : clients) {
        t.join(15_000);
      }
      System.out.printf(
          "reindex while serving: %,d -> %,d articles, reindex %.1f s; %,d requests from %d clients,"
              + " %d failed, %,d answers from the old index, %,d from the new; new index served"
              + " %d ms after the commit%n",
          OLD,
          NEW,
          (committed - start) / 1e9,
          sent.sum(),
          CLIENTS,
          failures.size(),
          oldAnswers.sum(),
          newAnswers.sum(),
          visibleMs);
      failures.stream().limit(10).forEach(f -> System.out.println("  FAIL " + f));
      assertEquals(NEW, report.total());
      assertTrue(failures.isEmpty(), () -> failures.size() + " failed, first: " + failures.peek());
      assertTrue(oldAnswers.sum() > 0 && newAnswers.sum() > 0);
      assertTrue(visibleMs >= 0 && visibleMs < 5_000, "new index not served: " + visibleMs);
      assertEquals(NEW, get(client, base + "/api/search?q=beta").get("articles").asInt());
      assertEquals(0, get(client, base + "/api/search?q=alpha").get("articles").asInt());
      assertEquals("new-0-0", get(client, base + "/api/articles/new-0-0").get("id").asText());
    } finally {
      server.destroy();
      if (!server.waitFor(15, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** One random search; its counts must be those of the old index or of the new one. */
  private static void search(
      HttpClient client,
      String base,
      Random random,
      LongAdder sent,
      LongAdder oldAnswers,
      LongAdder newAnswers,
      ConcurrentLinkedQueue<String> failures) {
    String[] targets = {
      "/api/search?q=",
      "/api/search?q=alpha",
      "/api/search?q=beta",
      "/api/search?q=alpha+OR+beta",
      "/api/search?q=storm+alpha&page=3",
      "/api/health"
    };
    String target = targets[random.nextInt(targets.length)];
    sent.increment();
    JsonNode json;
    try {
      json = get(client, base + target);
    } catch (IOException | RuntimeException e) {
      failures.add(target + ": " + e);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    // Article counts (search and health both give them); a search's total counts stories.
    int n = json.get("articles").asInt();
    boolean old;
    if (target.endsWith("q=alpha")) {
      old = n == OLD;
      ok(n == OLD || n == 0, target, n, failures);
    } else if (target.endsWith("q=beta")) {
      old = n == 0;
      ok(n == NEW || n == 0, target, n, failures);
    } else if (target.contains("storm")) {
      old = n > 0;
      ok(json.get("hits").size() == 0 || n > 0, target, n, failures);
    } else {
      old = n == OLD;
      ok(n == OLD || n == NEW, target, n, failures);
    }
    (old ? oldAnswers : newAnswers).increment();
  }

  private static void ok(boolean ok, String target, int n, ConcurrentLinkedQueue<String> failures) {
    if (!ok) {
      failures.add(target + ": a count from neither index: " + n);
    }
  }

  private static JsonNode get(HttpClient client, String url)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
    HttpResponse<byte[]> res = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (res.statusCode() != 200) {
      throw new IOException("status " + res.statusCode() + ": " + new String(res.body()));
    }
    return RawHttp.JSON.readTree(res.body());
  }

  private static void awaitHealthy(HttpClient client, String base, Process server)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertTrue(server.isAlive(), "the server exited");
      try {
        get(client, base + "/api/health");
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("server not up in 60 s");
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Indexer indexer() {
    return new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);
  }
}
