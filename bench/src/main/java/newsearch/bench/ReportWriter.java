package newsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import newsearch.bench.BenchReport.IndexingRow;
import newsearch.bench.index.IndexingResult;
import newsearch.bench.search.LoadResult;

/** Prints a report as tables and saves it as JSON. */
final class ReportWriter {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  /** Writes {@code report} to {@code <dir>/<name>-<timestamp>.json}. */
  static Path save(Object report, Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    String stamp =
        LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path file = dir.resolve(name + "-" + stamp + ".json");
    JSON.writeValue(file.toFile(), report);
    return file;
  }

  static void print(BenchReport r, PrintStream out) {
    Machine m = r.machine();
    out.println();
    out.printf(
        "Machine: %d cores (%s), bench heap %d MB, %s; load average %s at start, %s at end%n",
        m.cores(), m.cpu(), m.maxHeapBytes() >> 20, m.jdk(), m.loadAverage(), r.loadAverageAtEnd());
    out.printf(
        "Indexing (%d threads each; MB = uncompressed JSON input):%n", r.settings().threads());
    out.printf(
        "%-24s %-9s %9s %9s %9s %8s %10s %10s %6s  %s%n",
        "corpus",
        "indexer",
        "articles",
        "art/s",
        "MB/s",
        "wall s",
        "peak heap",
        "index",
        "ratio",
        "load");
    for (IndexingRow row : r.indexing()) {
      line(
          out,
          row.corpus(),
          row.newsearch(),
          String.format("%.2f", row.ratio()),
          row.loadAverage());
      line(out, "", row.bare(), "", "");
    }
    BenchReport.Search s = r.search();
    out.println();
    out.printf(
        "Search over HTTP on the %,d-article index (%.0f MB): %d requests in the mix, %.0f s per run"
            + " after %.0f s warm-up; %s; server -Xmx%s, peak RSS %d MB; load %s%n",
        s.indexArticles(),
        s.indexBytes() / 1e6,
        r.settings().requestsInMix(),
        r.settings().durationSeconds(),
        r.settings().warmupSeconds(),
        r.settings().pinning(),
        r.settings().serverHeap(),
        s.serverPeakResidentBytes() >> 20,
        s.loadAverage());
    out.printf(
        "%-6s %7s %9s %9s %8s %8s %8s %8s %7s %7s%n",
        "mode", "clients", "answers", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "503s",
        "errors");
    for (LoadResult l : s.runs()) {
      out.printf(
          "%-6s %7d %9d %9.1f %8.2f %8.2f %8.2f %8.1f %7d %7d%n",
          l.mode(),
          l.clients(),
          l.requests(),
          l.requestsPerSecond(),
          l.p50Millis(),
          l.p95Millis(),
          l.p99Millis(),
          l.maxMillis(),
          l.busy(),
          l.errors());
    }
    BenchReport.Startup startup = s.startup();
    out.printf(
        "Startup (server JVM start to first answered search, %,d articles): %d ms cold, %s%n",
        s.indexArticles(),
        startup.coldMillis(),
        startup.cachedMillis() < 0
            ? "no AOT cache (JDK 25+ only)"
            : String.format(
                "%d ms with the AOT cache (%.0f MB)",
                startup.cachedMillis(), startup.cacheBytes() / 1e6));
  }

  private static void line(
      PrintStream out, String corpus, IndexingResult x, String ratio, String load) {
    out.printf(
        "%-24s %-9s %9d %9.0f %9.2f %8.1f %7d MB %7d MB %6s  %s%n",
        corpus,
        x.indexer(),
        x.articles(),
        x.articlesPerSecond(),
        x.megabytesPerSecond(),
        x.millis() / 1000.0,
        x.peakHeapBytes() >> 20,
        x.indexBytes() >> 20,
        ratio,
        load);
  }
}
