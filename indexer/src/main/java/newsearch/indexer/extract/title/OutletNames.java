package newsearch.indexer.extract.title;

import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;

/**
 * How outlet names are read and compared: one key per name whatever its spelling ("NJ.com", "nj"
 * and "www.nj.com" are one key), the name in a site's address, the holder named in a copyright
 * line, and a site name without its tagline or legal form.
 */
final class OutletNames {

  private static final Pattern DOMAIN =
      Pattern.compile("(?i)^(?:www\\.)?[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}$");
  private static final Pattern TLD =
      Pattern.compile("(\\.(?:co|com|org|net|gov|edu|ac))?\\.\\p{L}{2,}$");
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "org", "net", "gov", "edu", "ac");
  private static final Pattern TAGLINE = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•)\\s+");
  private static final Pattern LEGAL =
      Pattern.compile(
          "(?i)[\\s,]+(?:llc|l\\.l\\.c\\.|inc\\.?|ltd\\.?|limited|gmbh|ag|s\\.a\\.|plc|corp\\.?|corporation|company|co\\.)$");
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)|copyright");
  // A notice has its sign, a year or "by": "© 2019 X", "copyright X 2019", "Copyright by X".
  private static final Pattern NOTICE =
      Pattern.compile("(?i)©|\\(c\\)|\\b(?:19|20)\\d\\d\\b|copyright\\s+by\\s");
  private static final Pattern YEARS =
      Pattern.compile("^(?:[\\s©,]|(?i:copyright|\\(c\\))|\\d{4}(?:\\s*[-–]\\s*(?:\\d{4})?)?)+");
  // Where a holder's name ends: a sentence, a clause, a list, a year.
  private static final Pattern HOLDER_END =
      Pattern.compile("\\.\\s|\\.$|[,;|(«»\"]|\\s[-–—]\\s|\\s\\d{4}\\b|©");
  // Credits of pictures name the photographer or agency, not the site.
  private static final Pattern MEDIA_CREDIT =
      Pattern.compile("(?iu)\\b(images?|photos?|fotos?|bild|pictures?|credits?|getty)\\b|:\\s*$");
  // What a group adds to the name of the outlet it publishes: "The Slate Group", "Forbes Media".
  private static final Pattern GROUP =
      Pattern.compile(
          "(?i)(?:\\s+(?:media|group|holdings|publishing|publications|interactive|communications|newspapers|networks?|pvt|private|enterprises|digital|brands|ventures))+$");
  private static final int MAX_WORDS = 6;

  private OutletNames() {}

  /**
   * One key for all spellings of a name: letters and digits in lower case, without accents, a
   * leading "the", a leading "www." or a domain's ending.
   */
  static String key(String name) {
    String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceFirst("^@", "");
    if (DOMAIN.matcher(s).matches()) {
      s = TLD.matcher(s.replaceFirst("^www\\.", "")).replaceFirst("");
    }
    return s.replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /** Whether {@code name} is written as an address ("nj.com", "www.wday.ru"). */
  static boolean isDomain(String name) {
    return DOMAIN.matcher(name.strip()).matches();
  }

  /** The host of {@code url} without "www.", or empty. */
  static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The name part of a host: "nytimes" for nytimes.com, "bbc" for bbc.co.uk; empty if none. */
  static String domainLabel(String host) {
    List<String> labels = List.of(host.split("\\."));
    int last = labels.size() - 2;
    while (last > 0 && SECOND_LEVEL.contains(labels.get(last))) {
      last--;
    }
    return last < 0 ? "" : key(labels.get(last));
  }

  /**
   * Whether a name is spelled with the letters of the site's address, in order, from its first
   * letter to its last word: "ctpost" spells "Connecticut Post", "nbcdfw" spells "NBC 5 Dallas-Fort
   * Worth", but "comwrap" does not spell "comwrap at the fair".
   */
  static boolean spells(String domainLabel, String name) {
    String[] words = TextNorm.fold(name).replaceFirst("^the ", "").split(" ");
    if (domainLabel.length() < 3
        || words[0].isEmpty()
        || words[0].charAt(0) != domainLabel.charAt(0)) {
      return false;
    }
    int j = 0;
    int lastWord = -1;
    for (int w = 0; w < words.length && j < domainLabel.length(); w++) {
      for (int i = 0; i < words[w].length() && j < domainLabel.length(); i++) {
        if (words[w].charAt(i) == domainLabel.charAt(j)) {
          j++;
          lastWord = w;
        }
      }
    }
    return j == domainLabel.length() && lastWord == words.length - 1;
  }

  /** A logo's alternative text as a name: "The Real Deal Logo", "nj’s Logo". */
  static String logoName(String alt) {
    String s = TextNorm.clean(alt).replaceFirst("(?i)(['’]s)?\\s*\\blogo\\b.*$", "");
    return s.matches("(?i).*\\.(svg|png|jpe?g|gif|webp)$") ? "" : siteName(s);
  }

  /** How a name is shown: an address without its "www.". */
  static String shown(String name) {
    return name.strip().replaceFirst("(?i)^www\\.", "");
  }

  /**
   * A site name as a name: an address becomes its host, a tagline after a separator ("Name |
   * Slogan") and a legal form ("Inc.") are dropped; empty when nothing like a name is left.
   */
  static String siteName(String raw) {
    String s = TextNorm.clean(raw);
    if (s.matches("(?i)^https?://.*")) {
      s = host(s);
    }
    s = TAGLINE.split(s, 2)[0].replaceFirst("^@", "");
    return asName(s);
  }

  /** The holder a copyright line names ("© 2019 Hawaii News Now. All rights reserved."). */
  static Optional<String> copyrightHolder(String line) {
    String text = TextNorm.clean(line);
    Matcher m = COPYRIGHT.matcher(text);
    if (!m.find() || MEDIA_CREDIT.matcher(text.substring(0, m.start())).find()) {
      return Optional.empty();
    }
    String rest = YEARS.matcher(text.substring(m.start())).replaceFirst("");
    // The word alone ("Copyright Policy", "copyright law") is a link or a topic, not a notice.
    if (!NOTICE.matcher(text).find()) {
      return Optional.empty();
    }
    rest = rest.replaceFirst("(?i)^by\\s+", "");
    Matcher end = HOLDER_END.matcher(rest);
    String holder = end.find() ? rest.substring(0, end.start()) : rest;
    String name = asName(holder);
    String firstWord = name.split("\\s+")[0];
    boolean word = !firstWord.isEmpty() && Character.isLetterOrDigit(firstWord.codePointAt(0));
    // A name has capitals or is an address; "and reprints" is the sentence going on.
    return word && (!firstWord.equals(firstWord.toLowerCase(Locale.ROOT)) || isDomain(name))
        ? Optional.of(name)
        : Optional.empty();
  }

  /** A holder's name without what a group adds to it; empty when nothing is added or left. */
  static String withoutGroup(String holder) {
    String s = GROUP.matcher(holder).replaceFirst("").strip();
    return s.length() == holder.length() ? "" : s.replaceFirst("^(?i:the)\\s+", "");
  }

  private static String asName(String s) {
    String name = LEGAL.matcher(s.strip()).replaceFirst("").strip();
    int words = TextNorm.words(name);
    return words == 0 || words > MAX_WORDS ? "" : name;
  }
}
