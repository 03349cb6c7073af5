package newsearch.bench.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bylines against their labels: the share of labelled pages whose set of names is exactly the
 * labelled one (a page without a byline is right only when none is given), and precision and recall
 * over single names, counted over all pages.
 *
 * @param pages labelled pages judged
 * @param accuracy pages whose names are exactly the labelled ones, over {@code pages}
 * @param precision names given that are labelled, over all names given
 * @param recall labelled names given, over all labelled names
 * @param invented pages without a byline that were given names
 * @param misses the pages that are wrong, with what was expected and what was given
 */
public record AuthorScores(
    int pages, double accuracy, double precision, double recall, int invented, List<Miss> misses) {

  /** One page whose names are not the labelled ones. */
  public record Miss(String id, List<String> expected, List<String> given) {}

  /** Scores {@code given} (a page's authors as the index serves them) against {@code labels}. */
  public static AuthorScores of(AuthorLabels labels, Map<String, List<String>> given) {
    int right = 0;
    int givenNames = 0;
    int givenRight = 0;
    int labelledNames = 0;
    int invented = 0;
    var misses = new ArrayList<Miss>();
    for (var label : labels.authors().entrySet()) {
      List<String> found = given.getOrDefault(label.getKey(), List.of());
      Set<String> expected = AuthorLabels.keys(label.getValue());
      Set<String> actual = AuthorLabels.keys(found);
      var common = new HashSet<>(actual);
      common.retainAll(expected);
      givenNames += actual.size();
      givenRight += common.size();
      labelledNames += expected.size();
      if (expected.equals(actual)) {
        right++;
      } else {
        misses.add(new Miss(label.getKey(), label.getValue(), found));
      }
      if (expected.isEmpty() && !actual.isEmpty()) {
        invented++;
      }
    }
    int pages = labels.authors().size();
    return new AuthorScores(
        pages,
        ratio(right, pages),
        ratio(givenRight, givenNames),
        ratio(givenRight, labelledNames),
        invented,
        List.copyOf(misses));
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
