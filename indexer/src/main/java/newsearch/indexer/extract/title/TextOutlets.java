package newsearch.indexer.extract.title;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    for (int i = 1; i < lines.size(); i++) {
      TextTitles.Line line = lines.get(i);
      OutletNames.copyrightHolder(line.text()).ifPresent(n -> votes.name(n, "copyright", HOLDER));
      if (!line.item() && TextNorm.words(line.text()) <= MAX_MASTHEAD_WORDS) {
        String name = OutletNames.siteName(line.text());
        if (isName(name)) {
          // A masthead, or a section or button: the vote counts once a copyright line or the
          // address confirms it.
          votes.affix(name, "masthead");
          standalone.add(OutletNames.key(name));
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
        if (standalone.contains(OutletNames.key(a)) || echoed(a, lines)) {
          votes.echo(a);
        }
      }
    }
    linkedHost(lines).ifPresent(votes::address);
    return votes;
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
