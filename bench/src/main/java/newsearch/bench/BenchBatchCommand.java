package newsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.bench.index.IndexingBench;
import newsearch.bench.search.ServerProcess;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsearch bench-batch}: one batch of the names an archive mentions most, posted to a
 * server in a heap of its own, timed, with the heap it needed.
 */
@Command(
    name = "bench-batch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Index --corpus (or read --index), take the --names names its articles mention most (each"
          + " as a quoted phrase), start a server with --server-heap and post them to"
          + " /api/batch as one list. Prints the time to the last row, the server's peak heap"
          + " (the most in use before any collection, from its GC log) and the first rows."
    })
public final class BenchBatchCommand implements Callable<Integer> {

  private static final Pattern GC_BEFORE = Pattern.compile(" (\\d+)M->\\d+M\\((\\d+)M\\)");

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      defaultValue = "${sys:newsearch.home:-.}/../shared/data/news-allsides.jsonl.gz",
      description = "Corpus to index (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "An index already built from the corpus: no reindex.")
  Path index;

  @Option(
      names = "--names",
      defaultValue = "1000",
      description = "Names in the batch (default: ${DEFAULT-VALUE}).")
  int names;

  @Option(
      names = "--server-heap",
      defaultValue = "512m",
      description = "The server's heap (default: ${DEFAULT-VALUE}).")
  String serverHeap;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (index == null && !Files.exists(corpus)) {
      System.err.println("error: no corpus at " + corpus);
      return 1;
    }
    Path scratch = Files.createTempDirectory("newsearch-bench-batch");
    Path dir = index;
    try {
      if (dir == null) {
        dir = scratch.resolve("index");
        var indexer = new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);
        System.out.print(indexer.run(corpus, dir, true).summary());
      }
      List<String> list = mostMentioned(dir, names);
      System.out.printf("%nbatch of %d names, e.g. %s%n", list.size(), list.subList(0, 3));
      Path gcLog = scratch.resolve("gc.log");
      try (var server =
          ServerProcess.start(
              dir,
              serverHeap,
              null,
              List.of("-Xlog:gc:file=" + gcLog),
              scratch.resolve("server.log"))) {
        run(server, list, gcLog);
      }
      return 0;
    } finally {
      IndexingBench.delete(scratch);
    }
  }

  private void run(ServerProcess server, List<String> list, Path gcLog)
      throws IOException, InterruptedException {
    var body = String.join("\n", list.stream().map(n -> "\"" + n + "\"").toList());
    var request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/batch"))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    var json = new ObjectMapper();
    var rows = new ArrayList<JsonNode>();
    long start = System.nanoTime();
    HttpResponse<java.io.InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IOException(
          "the batch was refused: "
              + response.statusCode()
              + " "
              + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
    }
    long firstRowNanos = -1;
    try (var lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.startsWith("{\"query\"")) {
          continue;
        }
        if (firstRowNanos < 0) {
          firstRowNanos = System.nanoTime() - start;
        }
        rows.add(json.readTree(line.endsWith(",") ? line.substring(0, line.length() - 1) : line));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] heap = peakHeap(gcLog);
    System.out.printf(
        "%nrows %d (of %d names), first row after %.2f s, all in %.1f s (%.1f ms a name)%n",
        rows.size(),
        list.size(),
        firstRowNanos / 1e9,
        seconds,
        seconds * 1000 / Math.max(1, rows.size()));
    System.out.printf(
        "zero hits %d, cut %d%n",
        rows.stream().filter(r -> r.get("total").asLong() == 0).count(),
        rows.stream().filter(r -> r.path("cut").asBoolean(false)).count());
    rows.stream()
        .filter(r -> r.get("total").asLong() == 0)
        .limit(10)
        .forEach(r -> System.out.println("  nothing for: " + r.get("query").asText()));
    System.out.printf(
        "server heap: peak in use %d MB of %d MB (-Xmx%s); peak resident %d MB%n",
        heap[0], heap[1], serverHeap, server.peakResidentBytes() >> 20);
    System.out.println("\nfirst rows:");
    System.out.printf(
        "%-28s %7s %7s %-10s %-10s %s%n",
        "query", "total", "stories", "first", "latest", "top source");
    for (JsonNode r : rows.subList(0, Math.min(5, rows.size()))) {
      System.out.printf(
          "%-28s %7d %7d %-10s %-10s %s%n",
          r.get("query").asText(),
          r.get("total").asLong(),
          r.get("stories").asLong(),
          r.path("first").path("date").asText("-"),
          r.path("latest").path("date").asText("-"),
          r.path("bySource").path(0).path("value").asText("-"));
    }
  }

  /** The names most articles mention, as the search box suggests them, most first. */
  static List<String> mostMentioned(Path index, int n) throws IOException {
    try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
      Terms terms = MultiTerms.getTerms(reader, IndexSchema.SUGGEST);
      var counts = new ArrayList<Map.Entry<String, Integer>>();
      if (terms != null) {
        TermsEnum it = terms.iterator();
        var prefix = new BytesRef(IndexSchema.SUGGEST_NAME);
        if (it.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
          for (BytesRef t = it.term(); t != null && startsWith(t, prefix); t = it.next()) {
            String name = t.utf8ToString().substring(IndexSchema.SUGGEST_NAME.length());
            counts.add(Map.entry(name, it.docFreq()));
          }
        }
      }
      return counts.stream()
          .sorted(
              Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                  .reversed()
                  .thenComparing(Map.Entry::getKey))
          .limit(n)
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  private static boolean startsWith(BytesRef term, BytesRef prefix) {
    return term.length >= prefix.length
        && java.util.Arrays.equals(
            term.bytes,
            term.offset,
            term.offset + prefix.length,
            prefix.bytes,
            prefix.offset,
            prefix.offset + prefix.length);
  }

  /** The most heap in use before a collection, and the heap's size then, in MB, from a GC log. */
  private static long[] peakHeap(Path gcLog) throws IOException {
    long peak = 0;
    long size = 0;
    if (Files.exists(gcLog)) {
      for (String line : Files.readAllLines(gcLog)) {
        Matcher m = GC_BEFORE.matcher(line);
        if (m.find()) {
          peak = Math.max(peak, Long.parseLong(m.group(1)));
          size = Math.max(size, Long.parseLong(m.group(2)));
        }
      }
    }
    return new long[] {peak, size};
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchBatchCommand()).execute(args));
  }
}
