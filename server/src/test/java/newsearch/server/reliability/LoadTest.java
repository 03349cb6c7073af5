package newsearch.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import newsearch.indexer.Indexer;
import newsearch.indexer.reliability.Corpora;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.api.SearchApi;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 64 concurrent clients send mixed searches for 60 s (bounded: it stops by itself) to a server over
 * 20,000 articles on loopback. No request fails (a 503 with Retry-After, the server full, is
 * counted apart); heap use stays bounded; latency is reported, not asserted.
 */
@Tag("stress")
class LoadTest {

  private static final int CLIENTS = Integer.getInteger("newsearch.load.clients", 64);
  private static final int SECONDS = Integer.getInteger("newsearch.load.seconds", 60);

  /**
   * Catches hangs only: 64 clients on 2 shared cores queue for seconds (CI machines run other
   * builds too), which is latency to report, not an error.
   */
  private static final int TIMEOUT_SECONDS = 30;

  @TempDir Path tmp;

  @Test
  void sixtyFourClientsForAMinuteGetNoErrors() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Corpora.write(corpus, "a", 20, 1_000, "alpha", 1);
    Corpora.writeHostile(corpus);
    Path index = tmp.resolve("index");
    new Indexer(new CorpusFiles(List.of(), List.of()), 2, null).run(corpus, index, true);
    var service = LuceneSearchService.open(index, 2000);
    Javalin app = SearchApi.create(service).start("127.0.0.1", 0);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try {
      String base = "http://127.0.0.1:" + app.port();
      var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      System.gc();
      long heapBefore = memory.getHeapMemoryUsage().getUsed();
      var peakHeap = new AtomicLong();
      var sent = new LongAdder();
      var failures = new ConcurrentLinkedQueue<String>();
      var busy = new LongAdder();
      var latencies = new ConcurrentLinkedQueue<long[]>();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
      Thread sampler =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    while (System.nanoTime() < end) {
                      peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                      try {
                        Thread.sleep(200);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  });
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        var random = new Random(c);
        clients.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      long[] mine = new long[1 << 16];
                      int n = 0;
                      while (System.nanoTime() < end) {
                        String target = target(random);
                        long start = System.nanoTime();
                        try {
                          var req =
                              HttpRequest.newBuilder(URI.create(base + target))
                                  .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                                  .build();
                          var res = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                          // A full server says so and when to come back: an answer, not a failure.
                          boolean retry =
                              res.statusCode() == 503
                                  && res.headers().firstValue("Retry-After").isPresent();
                          if (retry) {
                            busy.increment();
                          } else if (res.statusCode() != 200) {
                            failures.add(target + " -> " + res.statusCode());
                          }
                        } catch (Exception e) {
                          failures.add(target + " -> " + e);
                        }
                        sent.increment();
                        if (n < mine.length) {
                          mine[n++] = System.nanoTime() - start;
                        }
                      }
                      latencies.add(Arrays.copyOf(mine, n));
                    }));
      }
      for (Thread t : clients) {
        t.join(TimeUnit.SECONDS.toMillis(SECONDS + TIMEOUT_SECONDS + 10));
      }
      sampler.join(1_000);
      System.gc();
      long heapAfter = memory.getHeapMemoryUsage().getUsed();
      long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      System.out.printf(
          "load: %d clients for %d s: %,d requests (%.0f/s), %d busy (503), %d failed; latency p50 %.1f ms, p95"
              + " %.1f ms, p99 %.1f ms, max %.1f ms; heap %,d MB before, %,d MB peak, %,d MB after"
              + " (max %,d MB)%n",
          CLIENTS,
          SECONDS,
          sent.sum(),
          sent.sum() / (double) SECONDS,
          busy.sum(),
          failures.size(),
          ms(all, 50),
          ms(all, 95),
          ms(all, 99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6,
          heapBefore >> 20,
          peakHeap.get() >> 20,
          heapAfter >> 20,
          memory.getHeapMemoryUsage().getMax() >> 20);
      failures.stream().limit(10).forEach(f -> System.out.println("  FAIL " + f));
      assertTrue(failures.isEmpty(), () -> failures.size() + " failed, first: " + failures.peek());
      // No leak: what survives a GC after the run is about what survived before it.
      assertTrue(
          heapAfter - heapBefore < 128L << 20,
          "heap grew by " + ((heapAfter - heapBefore) >> 20) + " MB");
      var health =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
    } finally {
      app.stop();
      service.close();
    }
  }

  private static String target(Random random) {
    String w1 = Corpora.WORDS.get(random.nextInt(Corpora.WORDS.size()));
    String w2 = Corpora.WORDS.get(random.nextInt(Corpora.WORDS.size()));
    return switch (random.nextInt(12)) {
      case 0 -> "/api/search?q=" + w1;
      case 1 -> "/api/search?q=" + w1 + "+" + w2;
      case 2 -> "/api/search?q=%22" + w1 + "+" + w2 + "%22";
      case 3 -> "/api/search?q=" + w1.substring(0, 3) + "*";
      case 4 ->
          "/api/search?q=" + w1 + "+OR+" + w2 + "&sort=newest&page=" + (1 + random.nextInt(5));
      case 5 ->
          "/api/search?q="
              + w1
              + "&source=Source+"
              + random.nextInt(5)
              + "&from=2024-03-01&to=2024-08-31";
      case 6 -> "/api/search?q=&facets=false&highlight=false&size=100";
      case 7 -> "/api/search?q=" + w1 + "+-" + w2 + "&facets=false";
      case 8 -> "/api/search?q=" + w1 + "~1+alpha&size=50";
      case 9 -> "/api/articles/a-" + random.nextInt(20) + "-" + random.nextInt(1_000) + "?q=" + w1;
      case 10 -> "/api/export?format=jsonl&q=" + w1 + "+" + w2 + "&from=2024-03-01&to=2024-03-02";
      default -> "/api/health";
    };
  }

  private static double ms(long[] sorted, int p) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
  }
}
