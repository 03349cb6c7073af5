package newsearch.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replays the query mix against a server with a number of closed-loop clients (one {@link
 * HttpClient} each, so one connection each) for a fixed time and collects every latency.
 */
public final class LoadRun {

  private final String baseUrl;
  private final List<String> paths;

  public LoadRun(String baseUrl, List<String> paths) {
    this.baseUrl = baseUrl;
    this.paths = paths;
  }

  /** Runs {@code clients} clients for {@code duration}; {@code suffix} is added to every URL. */
  public LoadResult run(String mode, String suffix, int clients, Duration duration)
      throws InterruptedException {
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    var errors = new AtomicLong();
    var busy = new AtomicLong();
    long[][] latencies = new long[clients][];
    var threads = new ArrayList<Thread>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      // Clients start at different places in the mix, as different users would.
      int offset = c * paths.size() / clients;
      threads.add(
          Thread.ofPlatform()
              .name("client-" + c)
              .start(() -> latencies[client] = replay(offset, suffix, end, errors, busy)));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
    return LoadResult.of(mode, clients, seconds, all, errors.get(), busy.get());
  }

  /** The latencies of the answers; a 503 (the server full) and a failure are only counted. */
  private long[] replay(int offset, String suffix, long end, AtomicLong errors, AtomicLong busy) {
    long[] latencies = new long[1024];
    int n = 0;
    try (HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build()) {
      for (int i = offset; System.nanoTime() < end; i++) {
        var request =
            HttpRequest.newBuilder(URI.create(baseUrl + paths.get(i % paths.size()) + suffix))
                .timeout(Duration.ofSeconds(30))
                .build();
        long t0 = System.nanoTime();
        int status;
        try {
          status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        } catch (IOException e) {
          status = 0;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        if (status == 503) {
          busy.incrementAndGet();
          continue;
        }
        if (status != 200) {
          errors.incrementAndGet();
          continue;
        }
        if (n == latencies.length) {
          latencies = Arrays.copyOf(latencies, n * 2);
        }
        latencies[n++] = System.nanoTime() - t0;
      }
    }
    return Arrays.copyOf(latencies, n);
  }
}
