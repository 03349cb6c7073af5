package newsearch.bench.stories;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word and shingle overlaps used to find articles on one event that are not one text. */
final class TextOverlap {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}{3,}\\b");
  private static final Set<String> STOP =
      Set.of(
          "that", "this", "with", "from", "what", "will", "have", "about", "after", "over", "into",
          "says", "said", "than", "their", "they", "were", "when", "more", "could", "would");

  private TextOverlap() {}

  /** Lower-case words of four letters or more that are not function words. */
  static Set<String> contentWords(String text) {
    var out = new HashSet<String>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (m.group().length() >= 4 && !STOP.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** Capitalised words of four letters or more: the names (and sentence openers) of a text. */
  static Set<String> names(String text) {
    var out = new HashSet<String>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Hashes of the lower-case five-word shingles. */
  static Set<Integer> shingles(String text) {
    List<String> words =
        WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
    var out = new HashSet<Integer>();
    for (int i = 0; i + 5 <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + 5)).hashCode());
    }
    return out;
  }

  static double jaccard(Set<?> a, Set<?> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return intersection(a, b) / (double) (a.size() + b.size() - intersection(a, b));
  }

  /** The share of the smaller set found in the larger. */
  static double containment(Set<?> a, Set<?> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return intersection(a, b) / (double) Math.min(a.size(), b.size());
  }

  static int intersection(Set<?> a, Set<?> b) {
    Set<?> small = a.size() <= b.size() ? a : b;
    Set<?> large = small == a ? b : a;
    int n = 0;
    for (Object o : small) {
      if (large.contains(o)) {
        n++;
      }
    }
    return n;
  }
}
