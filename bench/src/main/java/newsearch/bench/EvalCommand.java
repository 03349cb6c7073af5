package newsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsearch.bench.eval.BareBm25;
import newsearch.bench.eval.Scores;
import newsearch.bench.eval.TestCollection;
import newsearch.bench.index.IndexingBench;
import newsearch.indexer.Indexer;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.search.Hit;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.lucene.LuceneSearchService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsearch eval}: ranking quality of the default search on a test collection. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Index a test collection's corpus.jsonl with the normal indexer, run each query of"
          + " queries.tsv through newsearch's search service as a user types it (relevance order,"
          + " up to --depth hits), and score the rankings against the qrels: MAP, nDCG@10,"
          + " recall@100 and P@30, on all judged queries, the odd- and the even-numbered ones.",
      "The same run scores the bare reference (plain Lucene BM25 over headline + body, each"
          + " query an OR of its terms). Prints a table and saves JSON to --out."
    })
public final class EvalCommand implements Callable<Integer> {

  @Option(
      names = "--collection",
      paramLabel = "DIR",
      defaultValue = "${sys:newsearch.home:-.}/../shared/data/ir-cacm",
      description = "Folder with corpus.jsonl, queries.tsv, qrels.tsv (default: ${DEFAULT-VALUE}).")
  Path collection;

  @Option(
      names = "--qrels",
      paramLabel = "FILE",
      description = "Judgments (default: qrels.tsv in the collection).")
  Path qrels;

  @Option(
      names = "--depth",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Hits retrieved per query (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "bench-results",
      description = "Where the JSON goes (default: ${DEFAULT-VALUE}).")
  Path out;

  /** Every figure of one eval run, as saved to JSON. */
  record EvalReport(
      String startedAt,
      String collection,
      String qrels,
      int depth,
      Map<String, List<Scores>> runs,
      Map<String, Map<String, Double>> averagePrecisionByQuery) {}

  @Override
  public Integer call() throws IOException {
    Path judgments = qrels != null ? qrels : collection.resolve("qrels.tsv");
    if (!Files.isDirectory(collection) || !Files.isRegularFile(judgments)) {
      System.err.println(
          "error: no test collection at " + collection + " (or no " + judgments + ")");
      return 1;
    }
    String startedAt = Instant.now().toString();
    var tc = TestCollection.read(collection, judgments);
    Path index = Files.createTempDirectory("newsearch-eval");
    var rankings = new LinkedHashMap<String, Map<String, List<String>>>();
    try {
      // One thread: documents get the same ids every run, so ties rank the same and the
      // figures repeat to the last digit.
      var indexer = new Indexer(new CorpusFiles(List.of(), List.of()), 1, null);
      System.out.print(indexer.run(tc.corpus(), index, true).summary());
      try (var service = LuceneSearchService.open(index, 60_000)) {
        rankings.put("newsearch", run(tc, q -> newsearch(service, q)));
      }
      try (var bare = new BareBm25(tc.corpus())) {
        rankings.put("bare BM25", run(tc, q -> bare.search(q, depth)));
      }
    } finally {
      IndexingBench.delete(index);
    }
    var scores = new LinkedHashMap<String, List<Scores>>();
    var perQuery = new LinkedHashMap<String, Map<String, Double>>();
    rankings.forEach(
        (name, r) -> {
          scores.put(name, Scores.split(r, tc.relevant()));
          var ap = new LinkedHashMap<String, Double>();
          tc.relevant()
              .forEach(
                  (qid, rel) -> ap.put(qid, Scores.of(qid, r, Map.of(qid, rel), q -> true).map()));
          perQuery.put(name, ap);
        });
    print(tc, judgments, scores, System.out);
    var report =
        new EvalReport(
            startedAt, collection.toString(), judgments.toString(), depth, scores, perQuery);
    System.out.println("Saved " + ReportWriter.save(report, out, "eval"));
    return 0;
  }

  /** A search for one query text: the ranked document ids. */
  @FunctionalInterface
  interface Ranker {
    List<String> rank(String query) throws IOException;
  }

  private static Map<String, List<String>> run(TestCollection tc, Ranker ranker)
      throws IOException {
    var rankings = new LinkedHashMap<String, List<String>>();
    for (var q : tc.queries().entrySet()) {
      rankings.put(q.getKey(), ranker.rank(q.getValue()));
    }
    return rankings;
  }

  /** The default search as the API runs it, paged 100 at a time (the API's largest page). */
  private List<String> newsearch(LuceneSearchService service, String query) throws IOException {
    var ids = new ArrayList<String>();
    int size = SearchRequest.MAX_SIZE;
    for (int page = 1;
        ids.size() < depth && (long) page * size <= SearchRequest.RESULT_WINDOW;
        page++) {
      var request =
          new SearchRequest(
              query,
              List.of(),
              Optional.empty(),
              Optional.empty(),
              false,
              Optional.empty(),
              page,
              size,
              false,
              false);
      List<Hit> hits = service.search(request).hits();
      hits.stream().limit(depth - ids.size()).forEach(h -> ids.add(h.id()));
      if (hits.size() < size) {
        break;
      }
    }
    return ids;
  }

  private static void print(
      TestCollection tc, Path judgments, Map<String, List<Scores>> scores, PrintStream out) {
    out.printf(
        "%nRanking quality: %d queries, %d judged, qrels %s%n",
        tc.queries().size(), tc.relevant().size(), judgments);
    out.printf(
        "%-12s %-5s %7s %7s %8s %10s %7s%n",
        "run", "set", "queries", "MAP", "nDCG@10", "recall@100", "P@30");
    scores.forEach(
        (name, list) -> {
          for (Scores s : list) {
            out.printf(
                "%-12s %-5s %7d %7.4f %8.4f %10.4f %7.4f%n",
                name, s.set(), s.queries(), s.map(), s.ndcg10(), s.recall100(), s.precision30());
          }
        });
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalCommand()).execute(args));
  }
}
