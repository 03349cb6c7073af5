package newsearch.indexer.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.text.LineClassifier.Kind;

/**
 * Finds the prose paragraphs a page prints more than once, also when a copy has something added
 * ("1of4" before a gallery caption, a teaser cut short): most of their four-word shingles are in
 * another paragraph too.
 */
final class Repeats {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int SHINGLE = 4;
  private static final double MIN_SHARED = 0.8;
  private static final int MAX_HOLDERS = 6;

  private Repeats() {}

  /**
   * For each line, the index of the prose paragraph it is a copy of, or -1: another paragraph, at
   * most twice as long, that holds most of its shingles. (A block that holds the whole article, as
   * some pages print it again for machines, does not make its paragraphs copies.)
   */
  static int[] of(List<PageLine> lines) {
    var shingles = new long[lines.size()][];
    Map<Long, List<Integer>> holders = new HashMap<>();
    for (PageLine line : lines) {
      // A caption can be the copy of a paragraph ("1 of 4" and the same words again).
      if (line.is(Kind.PROSE) || line.is(Kind.CAPTION)) {
        long[] own = shingles(line.text());
        shingles[line.index()] = own;
        for (long h : own) {
          List<Integer> list = holders.computeIfAbsent(h, k -> new ArrayList<>(2));
          if (list.size() < MAX_HOLDERS) {
            list.add(line.index());
          }
        }
      }
    }
    int[] copyOf = new int[lines.size()];
    java.util.Arrays.fill(copyOf, -1);
    var shared = new HashMap<Integer, Integer>();
    for (int i = 0; i < shingles.length; i++) {
      long[] own = shingles[i];
      if (own == null || own.length == 0) {
        continue;
      }
      shared.clear();
      for (long h : own) {
        for (int other : holders.get(h)) {
          if (other != i && shingles[other].length <= 2 * own.length + SHINGLE) {
            shared.merge(other, 1, Integer::sum);
          }
        }
      }
      int best = 0;
      for (var e : shared.entrySet()) {
        if (e.getValue() >= MIN_SHARED * own.length && e.getValue() > best) {
          best = e.getValue();
          copyOf[i] = e.getKey();
        }
      }
    }
    return copyOf;
  }

  /** What two copies of a paragraph have in common, to keep only one. */
  static String key(String text) {
    return TextNorm.key(text);
  }

  private static long[] shingles(String text) {
    Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
    var words = new ArrayList<String>();
    while (m.find()) {
      words.add(m.group());
    }
    if (words.size() < SHINGLE) {
      return new long[] {String.join(" ", words).hashCode()};
    }
    var out = new java.util.LinkedHashSet<Long>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = 1;
      for (int j = i; j < i + SHINGLE; j++) {
        h = h * 1_000_003L + words.get(j).hashCode();
      }
      out.add(h);
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }
}
