package newsearch.bench.search;

import java.util.Arrays;

/**
 * One load run: {@code clients} concurrent clients, each sending its next request as soon as the
 * last was answered, for a fixed time. Latencies in milliseconds, of the answers only: a 503 (every
 * search slot taken for a second) is counted in {@code busy}, any other failure in {@code errors}.
 *
 * @param mode "full" (hits, snippets, facets, histogram), "hits" (facets=false&highlight=false),
 *     "landing" (no query, in full), "word" (the mix's one-word queries, in full) or "suggest" (the
 *     suggest prefixes)
 */
public record LoadResult(
    String mode,
    int clients,
    double seconds,
    long requests,
    long errors,
    long busy,
    double requestsPerSecond,
    double p50Millis,
    double p95Millis,
    double p99Millis,
    double maxMillis) {

  /** The result from every request's latency in nanoseconds. */
  static LoadResult of(
      String mode, int clients, double seconds, long[] latencyNanos, long errors, long busy) {
    long[] sorted = latencyNanos.clone();
    Arrays.sort(sorted);
    return new LoadResult(
        mode,
        clients,
        seconds,
        sorted.length,
        errors,
        busy,
        sorted.length / seconds,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  /** Nearest-rank percentile of sorted values, in milliseconds. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
