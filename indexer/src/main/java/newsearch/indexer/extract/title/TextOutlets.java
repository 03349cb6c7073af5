package newsearch.indexer.extract.title;

import java.util.Optional;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;

/**
 * The outlet of a scraped text page: the outlet around the page's title line ("Headline -
 * Outlet"), a copyright line, a line that names it ("More from X", "Continue reading on X"), a
 * short line near the top that repeats one of these (the masthead), and the addresses the page
 * links to, which confirm a name spelled with their letters.
 */
public final class TextOutlets {

  private static final int NAMED = 2;
  private static final int TOP_LINES = Integer.getInteger("o.top", 40);
  private static final int MAX_MASTHEAD_WORDS = 6;
  private static final int FEED_LINES = 3;
  private static final int MAX_ECHO_CHARS = 120;
  private static final int MIN_ECHOES = Integer.getInteger("o.echo.n", 2);
  private static final Pattern LINK_WORDS =
      Pattern.compile("^(?:(?i:alternate|publisher|rss|atom)(?:\\s+|$))+");
  private static final List<Pattern> FEEDS =
      List.of(
          Pattern.compile("(?i)\\bfeed\\s+(?:for|para|de|für|pour|per)\\s+(.+?)(?:\\s+»|\\s+alternate|$)"),
          Pattern.compile("^(.+?)\\s+»\\s+(?i:comments\\s+)?(?i:feed)\\b"),
          Pattern.compile("^(.+?)\\s+(?i:rss\\s+)?(?i:feed)\\b"));
  private static final Pattern FEED_FORMAT = Pattern.compile("(?i)\\s+(?:atom|rss(?:\\s+[\\d.]+)?)$");
  private static final Pattern URL = Pattern.compile("https?://[\\w.-]+");

  private TextOutlets() {}

  /**
   * The names of the outlet on a page.
   *
   * @param lines the page's lines that are not blank, in order
   * @param namedIn the outlet a line names in so many words ("Continue reading on X"), if any
   */
  public static OutletVotes votes(List<TitleLines.Line> lines, Function<String, Optional<String>> namedIn) {
    var votes = new OutletVotes();
    if (!lines.isEmpty() && !lines.getFirst().text().startsWith("#")) {
      TitleParts.affixes(lines.getFirst().text()).forEach(a -> votes.affix(a, "title"));
    }
    for (int i = 0; i < Math.min(FEED_LINES, lines.size()) && Boolean.getBoolean("o.feed"); i++) {
      feeds(lines.get(i).text(), votes);
    }
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      namedIn.apply(text).ifPresent(n -> votes.name(n, "text-line", NAMED));
      OutletNames.copyrightHolder(text).ifPresent(n -> votes.holder(n, "copyright"));
      if (i > 0 && i < TOP_LINES && TextNorm.words(text) <= MAX_MASTHEAD_WORDS && Boolean.getBoolean("o.mast")) {
        votes.affix(OutletNames.siteName(text), "text-line");
      }
    }
    if (Boolean.getBoolean("o.echo")) {
      echoes(lines, votes);
    }
    if (Boolean.getBoolean("o.url")) {
      host(lines).ifPresent(votes::address);
    }
    return votes;
  }

  /**
   * The site's name in the titles of its feeds, which lynx prints at the top of a dump among the
   * page's links: "#Site » Feed", "#Feed for Site", "#Site - Main - RSS feed".
   */
  private static void feeds(String line, OutletVotes votes) {
    if (!line.startsWith("#")) {
      return;
    }
    String s = LINK_WORDS.matcher(line.substring(1).strip()).replaceFirst("");
    for (Pattern p : FEEDS) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        votes.name(OutletNames.siteName(FEED_FORMAT.matcher(m.group(1)).replaceFirst("")), "feed", NAMED);
        return;
      }
    }
    votes.affix(OutletNames.siteName(s), "feed");
  }

  /**
   * A site names itself again and again in its links and notices ("Subscribe to X", "Follow X on
   * Facebook", "About X"): each name voted for gets one more vote when two lines or more hold it
   * among other words.
   */
  private static void echoes(List<TitleLines.Line> lines, OutletVotes votes) {
    for (String name : votes.names()) {
      Pattern p = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
      int words = TextNorm.words(name);
      long n =
          lines.stream()
              .map(TitleLines.Line::text)
              .filter(t -> t.length() <= MAX_ECHO_CHARS && TextNorm.words(t) > words)
              .filter(t -> p.matcher(t).find())
              .distinct()
              .count();
      if (n >= MIN_ECHOES) {
        votes.holder(name, "echo");
      }
    }
  }

  /** The address most linked to, which is most often the site's own. */
  private static Optional<String> host(List<TitleLines.Line> lines) {
    var counts = new java.util.HashMap<String, Integer>();
    for (TitleLines.Line line : lines) {
      Matcher m = URL.matcher(line.text());
      while (m.find()) {
        counts.merge(OutletNames.host(m.group()), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .filter(e -> !e.getKey().isEmpty())
        .max(java.util.Map.Entry.comparingByValue())
        .map(e -> "https://" + e.getKey() + "/");
  }
}
