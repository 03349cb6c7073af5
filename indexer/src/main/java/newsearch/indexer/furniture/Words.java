package newsearch.indexer.furniture;

import java.util.Arrays;
import newsearch.indexer.extract.TextNorm;

/**
 * The words of one paragraph (runs of letters and digits) with where each is and a hash of its
 * folded form, so that the phrases a paragraph opens with, or holds, are hashed without building
 * strings. A phrase's hash depends only on its folded words: {@link #hash(String)} of a stored
 * phrase equals the hash of the words it was learnt from.
 */
final class Words {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long MIX = 0x9E3779B97F4A7C15L;
  // What a glued label is followed by when the next text opens with a quote or a bracket.
  private static final String OPENERS = "\"'“‘«([";
  // Punctuation that ends or splits a sentence: a label glued by a scraper has none.
  private static final String SENTENCE_MARKS = ",.;!?";

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;
  private final int size;

  private Words(String text, int max) {
    this.text = text;
    int capacity = Math.max(1, Math.min(max, text.length() / 2 + 1));
    var s = new int[capacity];
    var e = new int[capacity];
    int n = 0;
    int i = 0;
    while (i < text.length() && n < max) {
      int c = text.codePointAt(i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(c = text.codePointAt(i))) {
        i += Character.charCount(c);
      }
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
        e = Arrays.copyOf(e, n * 2);
      }
      s[n] = start;
      e[n] = i;
      n++;
    }
    this.starts = s;
    this.ends = e;
    this.size = n;
    this.hashes = new long[n];
    for (int w = 0; w < n; w++) {
      hashes[w] = wordHash(text, s[w], e[w]);
    }
  }

  /** The first {@code max} words of {@code text}. */
  static Words of(String text, int max) {
    return new Words(text, max);
  }

  int size() {
    return size;
  }

  /** The hash of word {@code i}'s folded form. */
  long wordHash(int i) {
    return hashes[i];
  }

  /** The folded form of word {@code i}. */
  String word(int i) {
    return folded(text, starts[i], ends[i]);
  }

  /** The phrase of the first {@code n} words, folded, one space apart. */
  String phrase(int n) {
    var sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(word(i));
    }
    return sb.toString();
  }

  /** The hash of the first {@code n} words. */
  long prefixHash(int n) {
    long h = 0;
    for (int i = 0; i < n; i++) {
      h = extend(h, hashes[i]);
    }
    return h;
  }

  /** A phrase's hash with one more word: start from 0. */
  static long extend(long phraseHash, long wordHash) {
    long h = (phraseHash ^ wordHash) * MIX;
    return h ^ (h >>> 31);
  }

  /** The hash of a stored phrase (folded words, one space apart). */
  static long hash(String phrase) {
    long h = 0;
    for (String w : phrase.split(" ")) {
      h = extend(h, wordHash(w));
    }
    return h;
  }

  /** The hash of one folded word, as {@link #wordHash(int)} gives it. */
  static long wordHash(String word) {
    return wordHash(word, 0, word.length());
  }

  /**
   * True when the first {@code n} words read as a label glued to the text after it: no sentence
   * punctuation among or after them, and the next word opens a new segment (a capital, a digit, a
   * quote or bracket), as "Image caption The minister said" does and "Others note that the" does
   * not.
   */
  boolean gluedAt(int n) {
    if (n < 1 || n >= size) {
      return false;
    }
    for (int i = 1; i <= n; i++) {
      for (int c = ends[i - 1]; c < starts[i]; c++) {
        if (SENTENCE_MARKS.indexOf(text.charAt(c)) >= 0) {
          return false;
        }
      }
    }
    int next = text.codePointAt(starts[n]);
    return Character.isUpperCase(next)
        || Character.isTitleCase(next)
        || Character.isDigit(next)
        || opensAt(n) < starts[n];
  }

  /** True when word {@code i} is a number, what varies from one article to the next. */
  boolean isNumber(int i) {
    for (int c = starts[i]; c < ends[i]; c++) {
      if (!Character.isDigit(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** Where the text after the first {@code n} words starts: at word n+1, or at its opening quote. */
  int cut(int n) {
    return opensAt(n);
  }

  private int opensAt(int n) {
    int at = starts[n];
    while (at > ends[n - 1] && OPENERS.indexOf(text.charAt(at - 1)) >= 0) {
      at--;
    }
    return at;
  }

  private static long wordHash(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return fnv(folded(s, from, to), 0, -1);
      }
    }
    return fnv(s, from, to);
  }

  /** One word folded as {@link TextNorm#fold} does, kept one word (a phrase splits on spaces). */
  private static String folded(String s, int from, int to) {
    return TextNorm.fold(s.substring(from, to)).replace(" ", "");
  }

  /** FNV-1a over the lower-cased chars of {@code s[from, to)}; to -1 for all of it. */
  private static long fnv(String s, int from, int to) {
    int end = to < 0 ? s.length() : to;
    long h = FNV_OFFSET;
    for (int i = from; i < end; i++) {
      h = (h ^ Character.toLowerCase(s.charAt(i))) * FNV_PRIME;
    }
    return h;
  }

  private static boolean isWordChar(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetter(c) || Character.isDigit(c);
  }
}
