package newsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsearch.bench.index.IndexingBench;
import newsearch.indexer.Indexer;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchResult;
import newsearch.server.search.lucene.LuceneSearchService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsearch eval-queries}: how a list of real queries fares, by kind of query: how many find
 * nothing, and the median number of articles found. Run before and after a change to the query
 * layer, it shows whether any kind of query gained empty answers.
 */
@Command(
    name = "eval-queries",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Index --corpus with the normal indexer (or read --index), run each line of --queries as"
          + " the search page does (each article counted, not each story) and print, per kind of"
          + " query (1 word, 2-3 words, a quoted phrase, 4+ words): queries, how many found"
          + " nothing, how many were relaxed or reinterpreted, and the median total.",
      "--per-query FILE writes one row per query (kind, total, relaxed, query) to compare runs."
    })
public final class EvalQueriesCommand implements Callable<Integer> {

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
      names = "--queries",
      paramLabel = "FILE",
      defaultValue = "${sys:newsearch.home:-.}/../shared/data/queries-allsides.txt",
      description = "One query per line (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(names = "--per-query", paramLabel = "FILE", description = "Rows per query (TSV).")
  Path perQuery;

  /** The kinds of query the table splits. */
  enum Kind {
    ONE_WORD("1 word"),
    FEW_WORDS("2-3 words"),
    PHRASE("a phrase"),
    LONG("4+ words");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    static Kind of(String query) {
      if (query.contains("\"")) {
        return PHRASE;
      }
      int words = query.strip().split("\\s+").length;
      return words == 1 ? ONE_WORD : words <= 3 ? FEW_WORDS : LONG;
    }
  }

  /** One query's answer. */
  record Answer(Kind kind, String query, long total, boolean relaxed, boolean reinterpreted) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(queries) || (index == null && !Files.exists(corpus))) {
      System.err.println("error: no queries at " + queries + " or no corpus at " + corpus);
      return 1;
    }
    List<String> lines =
        Files.readAllLines(queries, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    Path dir = index;
    boolean temporary = dir == null;
    if (temporary) {
      dir = Files.createTempDirectory("newsearch-eval-queries");
      var indexer = new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);
      System.out.print(indexer.run(corpus, dir, true).summary());
    }
    var answers = new ArrayList<Answer>();
    try (var service = LuceneSearchService.open(dir, 60_000)) {
      for (String q : lines) {
        SearchResult r = service.search(request(q));
        answers.add(new Answer(Kind.of(q), q, r.total(), r.relaxed(), r.interpretedAs() != null));
      }
    } finally {
      if (temporary) {
        IndexingBench.delete(dir);
      }
    }
    print(answers, System.out);
    if (perQuery != null) {
      var rows = new ArrayList<String>();
      for (Answer a : answers) {
        rows.add(a.kind().label + "\t" + a.total() + "\t" + a.relaxed() + "\t" + a.query());
      }
      Files.write(perQuery, rows, StandardCharsets.UTF_8);
    }
    return 0;
  }

  private static SearchRequest request(String q) {
    return new SearchRequest(
        q,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        1,
        10,
        false,
        false,
        false);
  }

  private static void print(List<Answer> answers, PrintStream out) {
    Map<Kind, List<Answer>> byKind = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      byKind.put(k, new ArrayList<>());
    }
    answers.forEach(a -> byKind.get(a.kind()).add(a));
    out.printf(
        "%n%-10s %8s %10s %8s %14s %13s%n",
        "kind", "queries", "zero hits", "relaxed", "reinterpreted", "median total");
    byKind.forEach(
        (kind, list) -> {
          long[] totals = list.stream().mapToLong(Answer::total).sorted().toArray();
          long median = totals.length == 0 ? 0 : totals[totals.length / 2];
          out.printf(
              "%-10s %8d %10d %8d %14d %13d%n",
              kind.label,
              list.size(),
              list.stream().filter(a -> a.total() == 0).count(),
              list.stream().filter(Answer::relaxed).count(),
              list.stream().filter(Answer::reinterpreted).count(),
              median);
        });
    answers.stream()
        .filter(a -> a.total() == 0)
        .forEach(a -> out.println("  nothing for: " + a.query()));
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalQueriesCommand()).execute(args));
  }
}
