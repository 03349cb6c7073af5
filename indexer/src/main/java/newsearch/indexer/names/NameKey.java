package newsearch.indexer.names;

/**
 * Folds transliteration differences in a name to one key: {@code gadhafi} and {@code gaddafi},
 * {@code morsi} and {@code morsy}, {@code yanukovych} and {@code yanukovich} share a key.
 *
 * <p>It works on terms as the body analyzer leaves them (lower case, accents folded, Porter
 * stemmed), so that the key of a query word and of an indexed word agree. The rules were chosen
 * from the capitalized words of the news-allsides corpus (see {@code bench} resources {@code
 * variant-pairs-dev.tsv}): alternative letters and digraphs (q/k, c/k before a, o, u, kh/k, dh/d,
 * ph/f, gh/g, tch/ch, sch/sh, y/i, yy/i, ou/u, oo/u, ee/i inside a word), typical endings (-off and
 * -ow as -ov, -ie as -i) and doubled consonants. Rules that matched more other names than variants
 * there were left out: j/i, w/v, doubled vowels, and -ey as -i (Kerrey is not Kerrie).
 */
public final class NameKey {

  /** Shorter words are mostly other words or other names when folded. */
  public static final int MIN_LENGTH = 5;

  private NameKey() {}

  /** The key of an analyzed term; empty when the term is not a word a name fold applies to. */
  public static String of(String term) {
    if (term.length() < MIN_LENGTH || !isLetters(term)) {
      return "";
    }
    String k =
        term.replace("tch", "ch")
            .replace("sch", "sh")
            .replace("kh", "k")
            .replace("dh", "d")
            .replace("ph", "f")
            .replace("gh", "g")
            .replace("ck", "k")
            .replace('q', 'k');
    k = cAsK(k);
    k = k.replace('y', 'i').replace("ii", "i").replace("ou", "u").replace("oo", "u");
    k = eeInside(k);
    if (k.endsWith("off")) {
      k = k.substring(0, k.length() - 3) + "ov";
    } else if (k.endsWith("ow")) {
      k = k.substring(0, k.length() - 2) + "ov";
    } else if (k.endsWith("ie")) {
      k = k.substring(0, k.length() - 1);
    }
    return singleConsonants(k);
  }

  /** c before a, o, u or at the end as k (hand-written: this runs for every name indexed). */
  private static String cAsK(String k) {
    if (k.indexOf('c') < 0) {
      return k;
    }
    char[] chars = k.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == 'c') {
        char next = i + 1 < chars.length ? chars[i + 1] : '$';
        if (next == 'a' || next == 'o' || next == 'u' || next == '$') {
          chars[i] = 'k';
        }
      }
    }
    return new String(chars);
  }

  /** ee as i, except at the end of the word. */
  private static String eeInside(String k) {
    int at = k.indexOf("ee");
    if (at < 0 || at + 2 >= k.length()) {
      return k;
    }
    var sb = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      if (k.startsWith("ee", i) && i + 2 < k.length()) {
        sb.append('i');
        i++;
      } else {
        sb.append(k.charAt(i));
      }
    }
    return sb.toString();
  }

  private static String singleConsonants(String k) {
    var sb = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (i > 0 && c == k.charAt(i - 1) && "aeiou".indexOf(c) < 0) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isLetters(String term) {
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
