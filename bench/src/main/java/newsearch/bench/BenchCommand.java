package newsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsearch.bench.BenchReport.IndexingRow;
import newsearch.bench.index.CopiedCorpus;
import newsearch.bench.index.CorpusSize;
import newsearch.bench.index.IndexingBench;
import newsearch.bench.index.IndexingResult;
import newsearch.bench.search.AotCache;
import newsearch.bench.search.LoadResult;
import newsearch.bench.search.LoadRun;
import newsearch.bench.search.QueryMix;
import newsearch.bench.search.ServerProcess;
import newsearch.bench.search.SuggestMix;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsearch bench}: indexing, search and startup figures, printed and saved as JSON. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Index a JSON lines corpus with newsearch and with bare Lucene (same analyzer, fields and"
          + " threads), optionally repeated to --copies-to articles at --sizes percent of it;"
          + " then start a server on the largest index built and time its startup, cold and"
          + " (JDK 25+) from an AOT cache trained by a short session, and replay the query mix"
          + " over HTTP with 1, 4 and 16 clients, full responses and hits only, then suggest requests for prefixes of the index's own names and phrases.",
      "Prints a table and saves every figure to --out as JSON."
    })
public final class BenchCommand implements Callable<Integer> {

  private static final int WARMUP_ARTICLES = 3_000;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      defaultValue = "${sys:newsearch.home:-.}/../shared/data/news-allsides.jsonl.gz",
      description = "JSON lines corpus, optionally .gz (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(
      names = "--copies-to",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Also index the corpus repeated to N articles (distinct ids, dates moved), at --sizes"
              + " percent of N; 0: the corpus only (default).")
  long copiesTo;

  @Option(
      names = "--sizes",
      paramLabel = "PERCENT",
      split = ",",
      defaultValue = "10,30,100",
      description = "Percentages of --copies-to to index (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--stories",
      paramLabel = "on|off",
      split = ",",
      defaultValue = "on,off",
      description =
          "Index each corpus with story clustering on, off, or both (default: ${DEFAULT-VALUE});"
              + " the search runs on the largest index built with the last of these.")
  List<StoriesSetting> stories;

  /** Whether newsearch groups copies into stories while indexing. */
  enum StoriesSetting {
    on,
    off
  }

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Skip indexing: measure startup and search on this existing newsearch index only.")
  Path existingIndex;

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      defaultValue = "${sys:newsearch.home:-.}/../shared/data/queries-allsides.txt",
      description = "Queries, one a line (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(
      names = "--duration",
      paramLabel = "TIME",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Length of each load run, e.g. 20s (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      paramLabel = "TIME",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Load before the measured runs, not counted (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--clients",
      paramLabel = "N",
      split = ",",
      defaultValue = "1,4,16",
      description = "Concurrent clients of the load runs (default: ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "0",
      description = "Indexing threads, the same for both indexers (0: one per core).")
  int threads;

  @Option(
      names = "--server-heap",
      paramLabel = "SIZE",
      defaultValue = "1g",
      description = "The server's -Xmx (default: ${DEFAULT-VALUE}).")
  String serverHeap;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "bench-results",
      description = "Where the JSON goes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Scratch folder for indexes and copies (default: a new temp folder).")
  Path work;

  @Option(names = "--keep", description = "Keep the scratch folder (indexes, server log).")
  boolean keep;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (existingIndex == null && !Files.isRegularFile(corpus)) {
      System.err.println("error: corpus not found: " + corpus);
      return 1;
    }
    if (existingIndex != null && !Files.isDirectory(existingIndex)) {
      System.err.println("error: index not found: " + existingIndex);
      return 1;
    }
    String startedAt = Instant.now().toString();
    Machine machine = Machine.now();
    int workers = threads > 0 ? threads : machine.cores();
    Path scratch =
        work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsearch-bench");
    Pinning pinning = Pinning.detect(machine.cores());
    List<String> mix = QueryMix.paths(queries);
    System.out.printf(
        "newsearch bench: %d cores, heap %d MB, %s, load average %s; %d indexing threads; scratch %s%n",
        machine.cores(),
        machine.maxHeapBytes() >> 20,
        machine.jdk(),
        machine.loadAverage(),
        workers,
        scratch);
    try {
      var rows = new ArrayList<IndexingRow>();
      Path index = existingIndex != null ? existingIndex : indexAll(scratch, workers, rows);
      BenchReport.Search search = search(index, articlesIn(index), scratch, pinning, mix);
      var report =
          new BenchReport(
              startedAt,
              machine,
              new BenchReport.Settings(
                  existingIndex != null ? "existing index " + existingIndex : corpus.toString(),
                  existingIndex != null ? 0 : copiesTo,
                  existingIndex != null ? List.of() : sizes,
                  existingIndex != null
                      ? List.of()
                      : stories.stream().map(StoriesSetting::name).toList(),
                  workers,
                  queries.toString(),
                  mix.size(),
                  duration.toMillis() / 1000.0,
                  warmup.toMillis() / 1000.0,
                  clients,
                  serverHeap,
                  pinning.description()),
              rows,
              search,
              Machine.currentLoad());
      ReportWriter.print(report, System.out);
      Path saved = ReportWriter.save(report, out, "bench");
      System.out.println("Saved " + saved);
      return 0;
    } finally {
      if (!keep) {
        IndexingBench.delete(scratch);
      }
    }
  }

  /**
   * Indexes the corpus, then its copies, each with bare Lucene and with newsearch (once per
   * --stories setting); returns the newsearch index of the largest, built with the last setting.
   */
  private Path indexAll(Path scratch, int workers, List<IndexingRow> rows) throws IOException {
    var bench = new IndexingBench(workers);
    Path bare = scratch.resolve("bare-index");
    warmUp(bench, scratch, bare);
    Path index = indexBoth(bench, corpus, "corpus", scratch.resolve("index-corpus"), bare, rows);
    for (int percent : copiesTo > 0 ? sizes : List.<Integer>of()) {
      long n = copiesTo * percent / 100;
      Path copies = scratch.resolve("copies-" + n + ".jsonl");
      System.out.printf("Writing %,d articles of copies to %s…%n", n, copies);
      CopiedCorpus.write(corpus, n, copies);
      String label = String.format("copies %d%% (%,d)", percent, n);
      Path next = indexBoth(bench, copies, label, scratch.resolve("index-" + n), bare, rows);
      Files.delete(copies);
      IndexingBench.delete(index);
      index = next;
    }
    IndexingBench.delete(bare);
    return index;
  }

  /**
   * Bare Lucene, then newsearch with each --stories setting, into {@code index}; earlier settings'
   * indexes are deleted once measured. Returns {@code index}.
   */
  private Path indexBoth(
      IndexingBench bench, Path file, String label, Path index, Path bare, List<IndexingRow> rows)
      throws IOException {
    CorpusSize size = CorpusSize.of(file);
    System.out.printf(
        "Indexing %s: %,d articles, %.1f MB…%n", label, size.articles(), size.bytes() / 1e6);
    IndexingResult plain = bench.bare(file, size, bare);
    for (StoriesSetting setting : stories) {
      IndexingResult newsearch = bench.newsearch(file, size, index, setting == StoriesSetting.on);
      var row =
          new IndexingRow(
              label + ", stories " + setting,
              size.articles(),
              newsearch,
              plain,
              newsearch.articlesPerSecond() / plain.articlesPerSecond(),
              Machine.currentLoad());
      System.out.printf(
          "  newsearch (stories %s) %,.0f articles/s, bare %,.0f articles/s: ratio %.2f (load %s)%n",
          setting,
          newsearch.articlesPerSecond(),
          plain.articlesPerSecond(),
          row.ratio(),
          row.loadAverage());
      rows.add(row);
    }
    return index;
  }

  /**
   * Both indexers on the first few thousand articles, not measured: otherwise the first one
   * measured pays for class loading and JIT compilation of the analyzer and the index writer.
   */
  private void warmUp(IndexingBench bench, Path scratch, Path bare) throws IOException {
    Path sample = CopiedCorpus.write(corpus, WARMUP_ARTICLES, scratch.resolve("warmup.jsonl"));
    System.out.printf("Warming up both indexers on %,d articles…%n", WARMUP_ARTICLES);
    CorpusSize size = CorpusSize.of(sample);
    bench.bare(sample, size, bare);
    Path index = scratch.resolve("index-warmup");
    for (StoriesSetting setting : stories) {
      bench.newsearch(sample, size, index, setting == StoriesSetting.on);
    }
    IndexingBench.delete(index);
    Files.delete(sample);
  }

  private static long articlesIn(Path index) throws IOException {
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  private BenchReport.Search search(
      Path index, long articles, Path scratch, Pinning pinning, List<String> mix)
      throws IOException, InterruptedException {
    System.out.printf("Starting a server on the %,d-article index…%n", articles);
    pinning.pinSelf();
    String cores = pinning.serverCores();
    try {
      long coldMillis;
      try (var cold =
          ServerProcess.start(
              index, serverHeap, cores, List.of(), scratch.resolve("server-cold.log"))) {
        coldMillis = cold.startupMillis();
      }
      System.out.printf("  first answer after %d ms without an AOT cache%n", coldMillis);
      if (AotCache.supported()) {
        System.out.println("  training an AOT cache on a short session…");
      }
      Optional<Path> cache = AotCache.train(index, serverHeap, cores, mix, scratch);
      // A fresh JVM, as a user's next start: only the cache carries over from the training run.
      try (var server =
          ServerProcess.start(
              index,
              serverHeap,
              cores,
              cache.map(c -> List.of(AotCache.option(c))).orElse(List.of()),
              scratch.resolve("server.log"))) {
        var startup =
            new BenchReport.Startup(
                coldMillis,
                cache.isPresent() ? server.startupMillis() : -1,
                cache.isPresent() ? Files.size(cache.get()) : 0);
        if (cache.isPresent()) {
          System.out.printf(
              "  first answer after %d ms with the AOT cache (%.0f MB)%n",
              startup.cachedMillis(), startup.cacheBytes() / 1e6);
        }
        return new BenchReport.Search(
            articles,
            IndexingBench.sizeOf(index),
            startup,
            server.peakResidentBytes(),
            loadRuns(server.baseUrl(), mix, SuggestMix.paths(index)),
            Machine.currentLoad());
      }
    } finally {
      pinning.unpinSelf();
    }
  }

  /**
   * The search mix in full and hits-only forms, then the suggest prefixes, at each client count.
   */
  private List<LoadResult> loadRuns(String baseUrl, List<String> mix, List<String> suggestMix)
      throws InterruptedException {
    var load = new LoadRun(baseUrl, mix);
    load.run("warmup", "", 4, warmup);
    var runs = new ArrayList<LoadResult>();
    for (int n : clients) {
      for (String mode : List.of("full", "hits")) {
        LoadResult r =
            load.run(mode, mode.equals("hits") ? "&facets=false&highlight=false" : "", n, duration);
        System.out.printf(
            "  %-4s %2d clients: %,.0f req/s, p50 %.1f ms, p99 %.1f ms, %d busy (503), %d errors%n",
            mode, n, r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), r.busy(), r.errors());
        runs.add(r);
      }
    }
    runs.addAll(landingRuns(baseUrl, mix));
    if (suggestMix.isEmpty()) {
      System.out.println("  suggest: the index has no suggest terms (built before suggestions?)");
      return runs;
    }
    var suggest = new LoadRun(baseUrl, suggestMix);
    suggest.run("warmup", "", 4, warmup);
    for (int n : clients) {
      LoadResult r = suggest.run("suggest", "", n, duration);
      System.out.printf(
          "  suggest %2d clients: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors (%d prefixes)%n",
          n, r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), r.errors(), suggestMix.size());
      runs.add(r);
    }
    return runs;
  }

  /**
   * The landing page (no query: every article newest first, with facets) against the one-word
   * queries of the mix, at one client: the page every visit starts on should cost no more.
   */
  private List<LoadResult> landingRuns(String baseUrl, List<String> mix)
      throws InterruptedException {
    List<String> oneWord =
        mix.stream().filter(p -> p.matches("/api/search\\?q=[^+&%]+")).distinct().toList();
    var runs = new ArrayList<LoadResult>();
    for (var entry :
        List.of(Map.entry("landing", List.of("/api/search?q=")), Map.entry("word", oneWord))) {
      if (entry.getValue().isEmpty()) {
        continue;
      }
      LoadResult r = new LoadRun(baseUrl, entry.getValue()).run(entry.getKey(), "", 1, duration);
      System.out.printf(
          "  %-7s 1 client: %,.0f req/s, p50 %.1f ms, p99 %.1f ms (%d paths)%n",
          entry.getKey(),
          r.requestsPerSecond(),
          r.p50Millis(),
          r.p99Millis(),
          entry.getValue().size());
      runs.add(r);
    }
    return runs;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }
}
