package newsearch.indexer.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far one extraction of a page is confirmed by another: the share of its 4-word shingles that
 * the other holds too. Two methods that reach the same text by different signals are rarely both
 * wrong; the other may hold more (the own scorer keeps more of the frame), which is not a doubt.
 */
final class Agreement {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int SHINGLE = 4;

  private Agreement() {}

  /** 0..1: 1 when every shingle of {@code a} is in {@code b}, 0 when none is or one is empty. */
  static double of(String a, String b) {
    Set<Long> x = shingles(a);
    Set<Long> y = shingles(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (Long s : x) {
      if (y.contains(s)) {
        shared++;
      }
    }
    return (double) shared / x.size();
  }

  /** Shingles as 64-bit hashes of their four words: a collision now and then does not matter. */
  private static Set<Long> shingles(String text) {
    var words = new ArrayList<Integer>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT).hashCode());
    }
    var out = new HashSet<Long>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + SHINGLE; k++) {
        h = 31 * h + words.get(k);
      }
      out.add(h);
    }
    return out;
  }
}
