package newsearch.indexer.extract.title;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsearch.indexer.extract.TextNorm;

/**
 * How much two titles share their words (Dice's coefficient over word sets, 0..1): a page's heading
 * that tells the same story as its {@code og:title} shares most of its words, even when the editors
 * reworded it.
 */
final class TitleSimilarity {

  private TitleSimilarity() {}

  /** The similarity of {@code a} and {@code b}, 0..1. */
  static double of(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : x) {
      shared += y.contains(w) ? 1 : 0;
    }
    return 2.0 * shared / (x.size() + y.size());
  }

  /** The best similarity of {@code text} to any of {@code titles} or to any of their parts. */
  static double best(String text, List<String> titles) {
    double best = 0;
    for (String t : titles) {
      best = Math.max(best, of(text, t));
      for (String part : TitleParts.split(t)) {
        best = Math.max(best, of(text, part));
      }
    }
    return best;
  }

  private static Set<String> words(String text) {
    String folded = TextNorm.fold(text);
    return folded.isEmpty() ? Set.of() : new HashSet<>(List.of(folded.split(" ")));
  }
}
