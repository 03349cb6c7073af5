package newsearch.indexer.story;

import java.text.Normalizer;
import java.util.Arrays;
import newsearch.indexer.names.NameKey;

/**
 * The words of a body as the story signature sees them, each hashed: lower case, accents folded, a
 * light stem (plural and UK -ise/-yse endings) and the spelling fold of {@link NameKey}, so that an
 * outlet's transliteration of a name or localised spelling does not break every shingle the word is
 * in. Punctuation is ignored, and a capital after a small letter starts a word.
 */
final class StoryWords {

  /**
   * The hash of every name inside a sentence (a capitalised word after a word or a comma): outlets
   * spell names their own way (Sergey, Sergei; Gaddafi, Qadhafi) far more often than they change
   * them, so a shingle keeps where a name stands, not how it is spelled.
   */
  private static final long NAME = 0x6e616d65L;

  private StoryWords() {}

  /** The hash (FNV-1a) of each normalised word of {@code body}, in order; names as one hash. */
  static long[] hashes(String body) {
    return hashes(body, true);
  }

  /**
   * The hash of each normalised word, names hashed as one placeholder or, when {@code placeholders}
   * is false, as themselves: a phrase of names and one word ("President X Y said") is too common a
   * candidate key with placeholders.
   */
  static long[] hashes(String body, boolean placeholders) {
    long[] out = new long[Math.max(16, body.length() / 5)];
    int n = 0;
    var word = new StringBuilder();
    boolean name = false;
    char before = '.';
    for (int i = 0; i <= body.length(); i++) {
      char c = i < body.length() ? body.charAt(i) : ' ';
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(body.charAt(i - 1))) {
        // A scraper that lost the break between two sentences leaves "saidThe": two words, the
        // second a sentence's first.
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = name && placeholders ? NAME : fnv(normalised(word.toString()));
        word.setLength(0);
        before = '.';
      }
      if (Character.isLetterOrDigit(c)) {
        if (word.isEmpty()) {
          name = Character.isUpperCase(c) && (Character.isLetterOrDigit(before) || before == ',');
        } else if (word.length() == 1 && !Character.isLowerCase(c)) {
          name = false;
        }
        word.append(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = name && placeholders ? NAME : fnv(normalised(word.toString()));
        word.setLength(0);
      }
      if (!Character.isWhitespace(c)) {
        before = c;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** A lower-case word folded to the form its variants share. */
  static String normalised(String word) {
    String w = folded(word);
    w = lightStem(w);
    String key = NameKey.of(w);
    return key.isEmpty() ? w : key;
  }

  private static String folded(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7f) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      }
    }
    return word;
  }

  /** Plural -s and the UK -ise, -yse, -isation forms as their US ones. */
  private static String lightStem(String w) {
    if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 5) {
      w = w.replace("isation", "ization").replace("yse", "yze");
      int at = w.lastIndexOf("is");
      if (at > 2 && (w.startsWith("e", at + 2) || w.startsWith("ing", at + 2))) {
        w = w.substring(0, at) + "iz" + w.substring(at + 2);
      }
    }
    return w;
  }

  private static long fnv(String w) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      h = (h ^ w.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
