package newsearch.bench.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The averages over pages of an extraction run, as the benchmarks define them: body precision and
 * recall averaged over judged pages, F1 of the two averages; date accuracy (right day among all
 * dated pages), precision (right day among the pages given a date) and coverage (pages given one);
 * headline accuracy over labelled pages, source accuracy over those that name an outlet, the
 * sources given that are not the labelled outlet, and those given where the page names none.
 */
public record ExtractionScores(
    int bodyPages,
    double precision,
    double recall,
    double f1,
    int datePages,
    double dateAccuracy,
    double datePrecision,
    double dateCoverage,
    int labelledPages,
    double headlineAccuracy,
    int sourcePages,
    double sourceAccuracy,
    int sourcesWrong,
    int sourcesInvented) {

  public static ExtractionScores of(List<PageResult> pages) {
    List<ShingleScore> bodies = pages.stream().flatMap(p -> p.body().stream()).toList();
    double p = bodies.stream().mapToDouble(ShingleScore::precision).average().orElse(0);
    double r = bodies.stream().mapToDouble(ShingleScore::recall).average().orElse(0);
    List<PageResult> dated = pages.stream().filter(x -> x.trueDate().isPresent()).toList();
    long given = dated.stream().filter(x -> !x.date().isEmpty()).count();
    long right = dated.stream().filter(PageResult::rightDay).count();
    List<PageResult> labelled = pages.stream().filter(x -> x.label().isPresent()).toList();
    List<PageResult> named =
        labelled.stream().filter(x -> x.label().orElseThrow().source().isPresent()).toList();
    long sourcesWrong =
        named.stream().filter(x -> !x.source().isEmpty() && !x.rightSource()).count();
    long invented =
        labelled.stream()
            .filter(x -> x.label().orElseThrow().source().isEmpty() && !x.source().isEmpty())
            .count();
    return new ExtractionScores(
        bodies.size(),
        p,
        r,
        ShingleScore.f1(p, r),
        dated.size(),
        ratio(right, dated.size()),
        ratio(right, given),
        ratio(given, dated.size()),
        labelled.size(),
        ratio(labelled.stream().filter(PageResult::rightHeadline).count(), labelled.size()),
        named.size(),
        ratio(named.stream().filter(PageResult::rightSource).count(), named.size()),
        (int) sourcesWrong,
        (int) invented);
  }

  /** The {@code n} pages with the lowest body F1, worst first. */
  public static List<PageResult> worst(List<PageResult> pages, int n) {
    return pages.stream()
        .filter(p -> p.body().isPresent())
        .sorted(Comparator.comparingDouble((PageResult p) -> p.body().orElseThrow().f1()))
        .limit(n)
        .toList();
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Pages whose body confidence fell in one tenth of 0..1, and their mean body F1. */
  public record Decile(double from, double to, int pages, double meanF1) {}

  /** The judged pages by confidence decile: what a confidence of 0.4 means on these pages. */
  public static List<Decile> deciles(List<PageResult> pages) {
    var deciles = new ArrayList<Decile>();
    for (int d = 0; d < 10; d++) {
      int decile = d;
      List<PageResult> in =
          pages.stream()
              .filter(p -> p.body().isPresent() && p.confidence() >= 0)
              .filter(p -> Math.min(9, (int) (p.confidence() * 10)) == decile)
              .toList();
      if (!in.isEmpty()) {
        double f1 = in.stream().mapToDouble(p -> p.body().orElseThrow().f1()).average().orElse(0);
        deciles.add(new Decile(d / 10.0, (d + 1) / 10.0, in.size(), f1));
      }
    }
    return deciles;
  }
}
