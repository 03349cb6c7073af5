package newsearch.indexer.extract.title;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;

/**
 * The outlet of a scraped text page: the outlet around the page's title line ("Headline - Outlet"),
 * a copyright line, a line that names it in so many words ("More from X", "By Jane Doe, X"), a
 * short line near the top (the masthead), and the address most of the page's links point to. A
 * title part or a masthead line counts only once the page confirms it is a name: another line names
 * it among other words ("Subscribe to X", "© X"), or the address spells it.
 */
public final class TextOutlets {

  private static final int NAMED = 2;
  private static final int HOLDER = 1;
  private static final int MAX_MASTHEAD_WORDS = 5;
  private static final int MAX_ECHO_CHARS = 200;
  // A site links to itself again and again; a few links are to shorteners, shops and trackers.
  private static final int MIN_LINKS = 3;
  private static final int MIN_MENTIONS = 2;
  private static final int MAX_MENTION_WEIGHT = 3;
  private static final int MIN_NAME_CHARS = 3;
  private static final Pattern URL = Pattern.compile("https?://[\\p{L}\\d.-]+");

  private TextOutlets() {}

  /**
   * The names of the outlet on a page.
   *
   * @param lines the page's lines that are not blank, in order
   * @param named a name the page gives its outlet, or empty
   * @param sure whether the page names it in so many words ("More from X", "By Jane Doe, X"); a
   *     prefix ("X — Headline") or a wire credit counts only once another line names it too, since
   *     a dateline ("MADRID — …") looks the same
   * @param from the line {@code named} was read from
   */
  public static OutletVotes votes(
      List<TextTitles.Line> lines, String named, boolean sure, String from) {
    var votes = new OutletVotes();
    String site = OutletNames.siteName(named);
    if (sure) {
      votes.name(site, "text-line", NAMED);
    } else if (isName(site)) {
      votes.affix(site, "text-line");
      if (echoed(site, lines.stream().filter(l -> !l.text().equals(from)).toList())) {
        votes.echo(site);
      }
    }
    Set<String> standalone = new HashSet<>();
    Set<String> candidates = new LinkedHashSet<>();
    Set<String> published = new LinkedHashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      TextTitles.Line line = lines.get(i);
      Optional<String> holder = OutletNames.copyrightHolder(line.text());
      holder.ifPresent(n -> votes.name(n, "copyright", HOLDER));
      // "© The Slate Group": the group publishes the outlet the page names again and again.
      holder
          .map(OutletNames::withoutGroup)
          .filter(TextOutlets::isName)
          .ifPresent(
              n -> {
                votes.affix(n, "copyright");
                published.add(n);
              });
      if (!line.item() && TextNorm.words(line.text()) <= MAX_MASTHEAD_WORDS) {
        String name = OutletNames.siteName(line.text());
        if (isName(name)) {
          // A masthead, or a section or button: the vote counts once a copyright line, the
          // address or the page's other lines confirm it.
          votes.affix(name, "masthead");
          standalone.add(OutletNames.key(name));
          candidates.add(name);
        }
      }
    }
    if (!lines.isEmpty()) {
      // "Headline - Outlet": the outlet ends a title; only when the last part is the headline
      // ("Outlet — Headline") does the first name it. A section ("Opinion | …") is never read.
      List<String> parts = TitleParts.split(lines.getFirst().text());
      String last = parts.getLast();
      String a = TextNorm.words(last) <= MAX_MASTHEAD_WORDS + 1 ? last : parts.getFirst();
      // Neither part is short enough to be a name when a headline's line ran into the next one.
      if (parts.size() > 1 && isName(a) && TextNorm.words(a) <= MAX_MASTHEAD_WORDS + 1) {
        votes.affix(a, "title");
        candidates.add(a);
        if (standalone.contains(OutletNames.key(a)) || echoed(a, lines)) {
          votes.echo(a);
        }
      }
    }
    mentions(candidates, published, standalone, lines, votes);
    linkedHost(lines).ifPresent(votes::address);
    return votes;
  }

  /**
   * A site names itself ("More from X", "Subscribe to X", "X Staff"); a section or a topic on a
   * line of its own is not named so. A short line or a title part the page names that way gets a
   * vote that grows with how often; so does a name a copyright holder's group name holds ("The
   * Slate Group") when the page's other lines name it too.
   */
  private static void mentions(
      Set<String> candidates,
      Set<String> published,
      Set<String> standalone,
      List<TextTitles.Line> lines,
      OutletVotes votes) {
    List<String> texts = lines.stream().map(TextTitles.Line::text).toList();
    List<String> lower = texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    for (String name : candidates) {
      int n =
          inLowerCase(name, texts, lower) ? 0 : SelfReferences.defaults().count(name, texts, lower);
      if (n > 0) {
        votes.mentioned(name, Math.min(n, MAX_MENTION_WEIGHT));
      }
    }
    for (String name : published) {
      // "Vox" in "Vox Media" may be the group's own name, unless the page calls itself so.
      boolean self =
          standalone.contains(OutletNames.key(name))
              || SelfReferences.defaults().count(name, texts, lower) > 0;
      int n = self ? mentionLines(name, texts, lower) : 0;
      if (n >= MIN_MENTIONS) {
        votes.mentioned(name, Math.min(n, MAX_MENTION_WEIGHT));
      }
    }
  }

  /** The lines other than the name alone that name it as a word with its capital. */
  private static int mentionLines(String name, List<String> texts, List<String> lower) {
    String needle = name.toLowerCase(Locale.ROOT);
    String key = OutletNames.key(name);
    if (needle.length() < MIN_NAME_CHARS || name.contains(",") || inLowerCase(name, texts, lower)) {
      return 0;
    }
    int count = 0;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (lower.get(i).length() == text.length()
          && mentionIn(text, lower.get(i), needle) > 0
          && !OutletNames.key(text).equals(key)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether a line writes the name as a word in lower case: then it is a word of the language
   * ("News", "App", "Deals"), not a name. An address ("sfgate.com", "@ign") does not count.
   */
  private static boolean inLowerCase(String name, List<String> texts, List<String> lower) {
    String needle = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < texts.size(); i++) {
      if (lower.get(i).length() == texts.get(i).length()
          && mentionIn(texts.get(i), lower.get(i), needle) < 0) {
        return true;
      }
    }
    return false;
  }

  /** 1 if {@code text} names it with its capital, -1 if in lower case as a word, else 0. */
  private static int mentionIn(String text, String lower, String needle) {
    int found = 0;
    for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      int end = at + needle.length();
      if (word(text, at - 1) && word(text, end)) {
        if (Character.isLowerCase(text.charAt(at))) {
          return -1;
        }
        found = 1;
      }
    }
    return found;
  }

  /** Whether the character at {@code i} may border a word: not a letter, nor part of an address. */
  private static boolean word(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return true;
    }
    char c = text.charAt(i);
    return !Character.isLetterOrDigit(c) && ".@/_-".indexOf(c) < 0;
  }

  private static boolean isName(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
  }

  /** Whether a line names {@code name} among other words. */
  private static boolean echoed(String name, List<TextTitles.Line> lines) {
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    int words = TextNorm.words(name);
    for (TextTitles.Line line : lines) {
      String text = line.text();
      if (text.length() <= MAX_ECHO_CHARS
          && TextNorm.words(text) > words
          && !TitleParts.affixes(text).contains(name)
          && p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** The address most of the page's links point to, which is the site's own. */
  private static java.util.Optional<String> linkedHost(List<TextTitles.Line> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (TextTitles.Line line : lines) {
      Matcher m = URL.matcher(line.text());
      while (m.find()) {
        String host = OutletNames.host(m.group());
        if (!host.isEmpty()) {
          counts.merge(host, 1, Integer::sum);
        }
      }
    }
    int all = counts.values().stream().mapToInt(Integer::intValue).sum();
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_LINKS && 2 * e.getValue() >= all)
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> "https://" + e.getKey() + "/");
  }
}
