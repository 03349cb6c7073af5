package newsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsearch.bench.extraction.AuthorLabels;
import newsearch.bench.extraction.AuthorScores;
import newsearch.bench.extraction.ExtractionScores;
import newsearch.bench.extraction.Golden;
import newsearch.bench.extraction.Labels;
import newsearch.bench.extraction.PageResult;
import newsearch.bench.extraction.ShingleScore;
import newsearch.bench.index.IndexingBench;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.search.ArticleView;
import newsearch.server.search.Extraction;
import newsearch.server.search.lucene.LuceneSearchService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsearch eval-extraction}: article extraction quality on real pages with answers. */
@Command(
    name = "eval-extraction",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Index a folder of pages with the normal reindex into a temporary index, read each article"
          + " back as the API serves it, and score it against the golden answers: body precision,"
          + " recall and F1 with the article-extraction benchmark's metric (4-word shingles, per"
          + " page, averaged over pages), and, where the golden file has dates, the publication"
          + " day's accuracy, precision and coverage.",
      "Speed is pages/s of a whole reindex after --warmup runs. The golden file is read for"
          + " scoring only. Prints the figures and the worst pages, saves JSON to --out."
    })
public final class EvalExtractionCommand implements Callable<Integer> {

  @Option(
      names = "--pages",
      required = true,
      paramLabel = "DIR",
      description = "The pages: one file each, named ID.html or ID.txt.")
  Path pages;

  @Option(
      names = "--golden",
      required = true,
      paramLabel = "FILE",
      description = "The answers, one JSON object a line: id, body and/or date.")
  Path golden;

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description =
          "Hand-made headline and outlet labels (TSV: id, headline, source or -), e.g. the"
              + " bundled headline-labels.tsv of the bench resources.")
  Path labels;

  @Option(
      names = "--author-labels",
      paramLabel = "FILE",
      description =
          "Hand-made byline labels (TSV: id, authors separated by '; ' or -), e.g. the bundled"
              + " author-labels.tsv of the bench resources.")
  Path authorLabels;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "2",
      description = "Untimed reindex runs before the timed one (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Timed reindex runs after the warm-up; speed is their median, since one run of a"
              + " hundred pages lasts about a second (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--worst",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many of the worst pages to list (default: ${DEFAULT-VALUE}).")
  int worst;

  @Option(
      names = "--misses",
      description = "List every labelled page whose headline or source is not the label's.")
  boolean misses;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "bench-results",
      description = "Where the JSON goes (default: ${DEFAULT-VALUE}).")
  Path out;

  /** Every figure of one run, as saved to JSON. */
  record Report(
      String startedAt,
      String pages,
      String golden,
      long pagesInFolder,
      double pagesPerSecond,
      ExtractionScores scores,
      AuthorScores authors,
      List<ExtractionScores.Decile> confidenceDeciles,
      List<Row> pageScores) {}

  /** One page's scores in the JSON (-1 for what the benchmark does not judge). */
  record Row(
      String id,
      boolean found,
      double precision,
      double recall,
      double f1,
      String date,
      String headline,
      String source,
      double confidence) {
    static Row of(PageResult r) {
      return new Row(
          r.id(),
          r.found(),
          r.body().map(ShingleScore::precision).orElse(-1.0),
          r.body().map(ShingleScore::recall).orElse(-1.0),
          r.body().map(ShingleScore::f1).orElse(-1.0),
          r.date(),
          r.headline(),
          r.source(),
          r.confidence());
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(pages) || !Files.isRegularFile(golden)) {
      System.err.println("error: no folder of pages at " + pages + " or no golden file " + golden);
      return 1;
    }
    String startedAt = Instant.now().toString();
    Golden answers = Golden.read(golden);
    Labels labelled = labels == null ? new Labels(Map.of()) : Labels.read(labels);
    Path index = Files.createTempDirectory("newsearch-eval-extraction");
    try {
      var indexer = new Indexer(new CorpusFiles(List.of(), List.of()), threads, null);
      for (int i = 0; i < warmup; i++) {
        indexer.run(pages, index, true);
      }
      ReindexReport report = null;
      var rates = new ArrayList<Double>();
      for (int i = 0; i < Math.max(1, runs); i++) {
        long start = System.nanoTime();
        report = indexer.run(pages, index, true);
        rates.add(report.filesRead() / ((System.nanoTime() - start) / 1e9));
      }
      System.out.print(report.summary());
      long files = report.filesRead();
      Collections.sort(rates);
      double rate = rates.get(rates.size() / 2);
      List<PageResult> results = score(answers, labelled, index);
      var scores = ExtractionScores.of(results);
      AuthorScores authors =
          authorLabels == null ? null : authors(AuthorLabels.read(authorLabels), index);
      print(scores, results, rate, System.out);
      if (authors != null) {
        print(authors, System.out);
      }
      var saved =
          new Report(
              startedAt,
              pages.toString(),
              golden.toString(),
              files,
              rate,
              scores,
              authors,
              ExtractionScores.deciles(results),
              results.stream().map(Row::of).toList());
      System.out.println("Saved " + ReportWriter.save(saved, out, "eval-extraction"));
    } finally {
      IndexingBench.delete(index);
    }
    return 0;
  }

  private static List<PageResult> score(Golden answers, Labels labelled, Path index)
      throws IOException {
    var results = new ArrayList<PageResult>();
    try (var service = LuceneSearchService.open(index, 60_000)) {
      for (Golden.Answer answer : answers.answers().values()) {
        Optional<ArticleView> article = service.article(answer.id(), "");
        String body = article.map(ArticleView::body).orElse("");
        String date = article.map(ArticleView::date).filter(d -> d != null).orElse("");
        results.add(
            new PageResult(
                answer.id(),
                article.isPresent(),
                answer.body().map(expected -> ShingleScore.of(expected, body)),
                date,
                answer.date(),
                article.map(ArticleView::headline).orElse(""),
                article.map(ArticleView::source).filter(x -> x != null).orElse(""),
                Optional.ofNullable(labelled.labels().get(answer.id())),
                article
                    .map(ArticleView::extraction)
                    .filter(e -> e != null)
                    .map(Extraction::confidence)
                    .orElse(-1.0)));
      }
    }
    return results;
  }

  /** Each labelled page's authors as the API serves them, scored against the labels. */
  private static AuthorScores authors(AuthorLabels labels, Path index) throws IOException {
    var given = new HashMap<String, List<String>>();
    try (var service = LuceneSearchService.open(index, 60_000)) {
      for (String id : labels.authors().keySet()) {
        service.article(id, "").ifPresent(a -> given.put(id, a.authors()));
      }
    }
    return AuthorScores.of(labels, given);
  }

  private void print(AuthorScores a, PrintStream out) {
    out.printf(
        "authors  accuracy %.3f  precision %.3f  recall %.3f  (%d labelled pages; %d given names"
            + " where the page shows no byline)%n",
        a.accuracy(), a.precision(), a.recall(), a.pages(), a.invented());
    for (AuthorScores.Miss m : a.misses().subList(0, Math.min(worst, a.misses().size()))) {
      out.printf("  %-20s expected %s, given %s%n", m.id(), m.expected(), m.given());
    }
  }

  private void print(ExtractionScores s, List<PageResult> results, double rate, PrintStream out) {
    long missing = results.stream().filter(r -> !r.found()).count();
    out.printf(
        "%nExtraction of %s (%d pages judged, %d not indexed)%n", pages, results.size(), missing);
    if (s.bodyPages() > 0) {
      out.printf(
          "body  precision %.3f  recall %.3f  F1 %.3f  (%d pages)%n",
          s.precision(), s.recall(), s.f1(), s.bodyPages());
    }
    if (s.datePages() > 0) {
      out.printf(
          "date  accuracy %.3f  precision %.3f  coverage %.3f  (%d pages)%n",
          s.dateAccuracy(), s.datePrecision(), s.dateCoverage(), s.datePages());
    }
    if (s.labelledPages() > 0) {
      out.printf(
          "headline accuracy %.3f  (%d labelled pages)%n", s.headlineAccuracy(), s.labelledPages());
      out.printf(
          "source   accuracy %.3f  (%d pages naming an outlet; %d wrong, %d invented)%n",
          s.sourceAccuracy(), s.sourcePages(), s.sourcesWrong(), s.sourcesInvented());
      if (misses) {
        printMisses(results, out);
      }
    }
    out.printf(
        "speed %.1f pages/s (%d threads, median of %d runs after %d warm-up runs)%n",
        rate, threads, Math.max(1, runs), warmup);
    var deciles = ExtractionScores.deciles(results);
    if (!deciles.isEmpty()) {
      out.println("Body F1 by extraction confidence:");
      for (var d : deciles) {
        out.printf(
            "  %.1f-%.1f  %3d pages  mean F1 %.3f%n", d.from(), d.to(), d.pages(), d.meanF1());
      }
    }
    if (s.bodyPages() > 0 && worst > 0) {
      out.printf("Worst %d pages by body F1:%n", worst);
      for (PageResult r : ExtractionScores.worst(results, worst)) {
        ShingleScore b = r.body().orElseThrow();
        out.printf(
            "  %-20s P %.3f  R %.3f  F1 %.3f  confidence %.2f%s%n",
            r.id(),
            b.precision(),
            b.recall(),
            b.f1(),
            r.confidence(),
            r.found() ? "" : "  (not indexed)");
      }
    }
  }

  /** Each labelled page whose headline or source differs from its label, beside the label. */
  private static void printMisses(List<PageResult> results, PrintStream out) {
    for (PageResult r : results) {
      if (r.label().isEmpty()) {
        continue;
      }
      Labels.Label label = r.label().get();
      if (!r.rightHeadline()) {
        out.printf(
            "  headline %-18s expected \"%s\", given \"%s\"%n",
            r.id(), label.headline(), r.headline());
      }
      boolean sourceRight = label.source().isEmpty() ? r.source().isEmpty() : r.rightSource();
      if (!sourceRight) {
        out.printf(
            "  source   %-18s expected \"%s\", given \"%s\"%n",
            r.id(), label.source().orElse("-"), r.source());
      }
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalExtractionCommand()).execute(args));
  }
}
