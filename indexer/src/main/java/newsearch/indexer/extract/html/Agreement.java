package newsearch.indexer.extract.html;

import java.util.Arrays;
import java.util.Locale;

/**
 * How far one extraction of a page is confirmed by another: the share of its 4-word shingles that
 * the other holds too. Two methods that reach the same text by different signals are rarely both
 * wrong; the other may hold more (the own scorer keeps more of the frame), which is not a doubt.
 */
final class Agreement {

  private static final int SHINGLE = 4;

  private Agreement() {}

  /** 0..1: 1 when every shingle of {@code a} is in {@code b}, 0 when none is or one is empty. */
  static double of(String a, String b) {
    long[] x = shingles(a);
    long[] y = shingles(b);
    if (x.length == 0 || y.length == 0) {
      return 0;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / x.length;
  }

  /**
   * The distinct shingles, sorted, as 64-bit hashes of their four words (each word's hash is its
   * lower-cased {@link String#hashCode}): a collision now and then does not matter. Plain arrays,
   * since a long page has tens of thousands of shingles.
   */
  private static long[] shingles(String text) {
    int[] words = wordHashes(text);
    if (words.length < SHINGLE) {
      return new long[0];
    }
    var out = new long[words.length - SHINGLE + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + SHINGLE; k++) {
        h = 31 * h + words[k];
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[n - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The hash of each word (letters, digits and {@code _}), lower-cased, in order. */
  private static int[] wordHashes(String text) {
    var hashes = new int[16];
    int count = 0;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(c = text.codePointAt(i))) {
        i += Character.charCount(c);
      }
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      hashes[count++] = text.substring(start, i).toLowerCase(Locale.ROOT).hashCode();
    }
    return Arrays.copyOf(hashes, count);
  }

  /** What the pattern {@code [\p{L}\p{N}_]} matches. */
  private static boolean isWordChar(int c) {
    return c == '_' || Character.isLetter(c) || isNumber(c);
  }

  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
