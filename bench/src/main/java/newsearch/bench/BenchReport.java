package newsearch.bench;

import java.util.List;
import newsearch.bench.index.IndexingResult;
import newsearch.bench.search.LoadResult;

/**
 * Every figure of one {@code bench} run, as saved to JSON.
 *
 * @param indexing one row per corpus size
 * @param search the load runs, on the largest index built
 */
public record BenchReport(
    String startedAt,
    Machine machine,
    Settings settings,
    List<IndexingRow> indexing,
    Search search,
    String loadAverageAtEnd) {

  /** The options the run was made with. */
  public record Settings(
      String corpus,
      long copiesTo,
      List<Integer> sizes,
      List<String> stories,
      int threads,
      String queries,
      int requestsInMix,
      double durationSeconds,
      double warmupSeconds,
      List<Integer> clients,
      String serverHeap,
      String pinning) {}

  /**
   * newsearch and bare Lucene on the same corpus file.
   *
   * @param ratio newsearch's articles/s over bare's (1.0 = as fast as bare Lucene)
   * @param loadAverage load averages when the row finished
   */
  public record IndexingRow(
      String corpus,
      long articles,
      IndexingResult newsearch,
      IndexingResult bare,
      double ratio,
      String loadAverage) {}

  /**
   * The search figures.
   *
   * @param indexArticles the size of the index searched
   * @param serverPeakResidentBytes the server process's VmHWM after the load runs (the server
   *     started from the AOT cache where there is one)
   */
  public record Search(
      long indexArticles,
      long indexBytes,
      Startup startup,
      long serverPeakResidentBytes,
      List<LoadResult> runs,
      String loadAverage) {}

  /**
   * From starting a server JVM to its first answered search, each time a fresh process.
   *
   * @param coldMillis without an AOT cache
   * @param cachedMillis with the AOT cache of a training run (JDK 25+), else -1
   * @param cacheBytes the size of that cache, else 0
   */
  public record Startup(long coldMillis, long cachedMillis, long cacheBytes) {}
}
