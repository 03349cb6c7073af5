package newsearch.indexer.names;

import java.util.regex.Pattern;

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

  private static final Pattern C_AS_K = Pattern.compile("c(?=[aou]|$)");
  private static final Pattern EE_INSIDE = Pattern.compile("ee(?=.)");
  private static final Pattern OV_ENDING = Pattern.compile("(off|ow)$");
  private static final Pattern IE_ENDING = Pattern.compile("ie$");
  private static final Pattern DOUBLED_CONSONANT = Pattern.compile("([^aeiou])\\1+");

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
    k = C_AS_K.matcher(k).replaceAll("k");
    k = k.replace('y', 'i').replace("ii", "i").replace("ou", "u").replace("oo", "u");
    k = EE_INSIDE.matcher(k).replaceAll("i");
    k = OV_ENDING.matcher(k).replaceAll("ov");
    k = IE_ENDING.matcher(k).replaceAll("i");
    return DOUBLED_CONSONANT.matcher(k).replaceAll("$1");
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
