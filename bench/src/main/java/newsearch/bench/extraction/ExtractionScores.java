package newsearch.bench.extraction;

import java.util.Comparator;
import java.util.List;

/**
 * The averages over pages of an extraction run, as the benchmarks define them: body precision and
 * recall averaged over judged pages, F1 of the two averages; date accuracy (right day among all
 * dated pages), precision (right day among the pages given a date) and coverage (pages given one).
 */
public record ExtractionScores(
    int bodyPages,
    double precision,
    double recall,
    double f1,
    int datePages,
    double dateAccuracy,
    double datePrecision,
    double dateCoverage) {

  public static ExtractionScores of(List<PageResult> pages) {
    List<ShingleScore> bodies = pages.stream().flatMap(p -> p.body().stream()).toList();
    double p = bodies.stream().mapToDouble(ShingleScore::precision).average().orElse(0);
    double r = bodies.stream().mapToDouble(ShingleScore::recall).average().orElse(0);
    List<PageResult> dated = pages.stream().filter(x -> x.trueDate().isPresent()).toList();
    long given = dated.stream().filter(x -> !x.date().isEmpty()).count();
    long right = dated.stream().filter(PageResult::rightDay).count();
    return new ExtractionScores(
        bodies.size(),
        p,
        r,
        ShingleScore.f1(p, r),
        dated.size(),
        ratio(right, dated.size()),
        ratio(right, given),
        ratio(given, dated.size()));
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
}
