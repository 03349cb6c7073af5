package newsearch.indexer.extract.title;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsearch.indexer.extract.DateParser;
import newsearch.indexer.extract.TextNorm;

/**
 * The headline among the lines of a scraped text page: the title-like line above the article that
 * tells its story (it shares the words of the article's opening), nearest the body, printed again
 * elsewhere on the page (the page's title, "Headline - Outlet"), just above a date or byline. A
 * title may end with a full stop; a long sentence that does is the article's prose.
 */
public final class TitleLines {

  /**
   * One line of a page.
   *
   * @param item whether the dump printed it as a list item (menus are lists)
   * @param furniture whether it is never a headline (a share button, a list header, markup)
   */
  public record Line(String text, boolean item, boolean furniture) {}

  static double W_OVERLAP = Double.parseDouble(System.getProperty("t.ov", "3"));
  static double W_REPEAT = Double.parseDouble(System.getProperty("t.rep", "2"));
  static double W_DIST = Double.parseDouble(System.getProperty("t.dist", "0.05"));
  static double W_ITEM = Double.parseDouble(System.getProperty("t.item", "1"));
  static double W_DATE = Double.parseDouble(System.getProperty("t.date", "2"));
  static double W_NEAR_DATE = Double.parseDouble(System.getProperty("t.near", "1"));
  static double W_STOP = Double.parseDouble(System.getProperty("t.stop", "0.3"));
  static int OPENING = Integer.getInteger("t.open", 1500);
  static double W_LONG = Double.parseDouble(System.getProperty("t.long", "0"));
  static int LONG = Integer.getInteger("t.longn", 15);
  static double W_TOP = Double.parseDouble(System.getProperty("t.top", "2"));
  static double SAME_AS_TOP = Double.parseDouble(System.getProperty("t.same", "0.8"));
  static int WINDOW = Integer.getInteger("t.w", 40);
  static int MIN_CONTENT = Integer.getInteger("t.minc", 4);
  static int PROSE_WORDS = Integer.getInteger("t.prose", 12);

  static boolean DEBUG = Boolean.getBoolean("t.debug");
  private static final int MAX_WORDS = 30;
  private static final int PREFIX = 5;
  private static final int NEAR = Integer.getInteger("t.near.n", 5);
  private static final int TOP = 3;
  private static final int MIN_TOP_WORDS = 3;
  private static final Pattern MARKUP = Pattern.compile("\\(BUTTON\\)|_{4,}|://|\\.(?i:svg|png|jpe?g|gif)\\b");
  private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|por|par|di|door|av)\\s+\\S.*");
  private static final Pattern BY = Pattern.compile("(?iu)by|von|por|par|door|av");
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|copyright");

  private TitleLines() {}

  /**
   * The headline among {@code lines}, or none.
   *
   * @param lines the page's lines that are not blank, in order
   * @param bodyStart index in {@code lines} of the article's first line
   * @param body the article's text
   * @param outlets the outlet's names, cut off a title line ("Headline - Outlet")
   */
  public static Headline find(List<Line> lines, int bodyStart, String body, OutletVotes outlets) {
    String opening = " " + TextNorm.fold(body.length() > OPENING ? body.substring(0, OPENING) : body);
    Printings printed = Printings.of(lines);
    Headline best = Headline.NONE;
    double bestScore = Double.NEGATIVE_INFINITY;
    List<String> top = topTitle(lines);
    for (int j = 1; j < lines.size(); j++) {
      Line line = lines.get(j);
      boolean inWindow = j >= bodyStart - WINDOW && j < bodyStart;
      double likeTop = top.isEmpty() ? 0 : TitleSimilarity.best(line.text(), top);
      if (!inWindow && likeTop < SAME_AS_TOP) {
        continue;
      }
      Optional<String> title = j > 0 && BY.matcher(lines.get(j - 1).text()).matches() ? Optional.empty() : candidate(line);
      if (DEBUG && title.isEmpty()) {
        System.out.println("   rejected " + line);
      }
      if (title.isEmpty()) {
        continue;
      }
      String text = TitleParts.headline(title.get(), outlets::isOutlet);
      String key = TextNorm.key(text);
      if (printed.often(key)) {
        continue;
      }
      double score =
          W_OVERLAP * overlap(text, opening)
              + (printed.again(key, j) ? W_REPEAT : 0)
              + W_TOP * likeTop
              - W_DIST * Math.min(WINDOW, Math.abs(bodyStart - j))
              - (line.item() ? W_ITEM : 0)
              - (DateParser.find(text, false).isPresent() ? W_DATE : 0)
              + (nearDate(lines, j + 1, bodyStart) ? W_NEAR_DATE : 0)
              - (text.endsWith(".") ? W_STOP : 0)
              - W_LONG * Math.max(0, TextNorm.words(text) - LONG);
      if (DEBUG) {
        System.out.printf("  %6.2f ov %.2f rep %d d %d %s%n", score, overlap(text, opening), printed.again(key, j) ? 1 : 0, bodyStart - j, text);
      }
      if (score > bestScore) {
        best = new Headline(text, "text-line");
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The first line when it looks like a page's title (a dump that keeps the {@code <title>} prints
   * it first), or nothing.
   */
  private static List<String> topTitle(List<Line> lines) {
    if (lines.isEmpty() || TextNorm.words(lines.getFirst().text()) < MIN_TOP_WORDS) {
      return List.of();
    }
    return candidate(lines.getFirst()).stream().toList();
  }

  private static Optional<String> candidate(Line line) {
    String text = line.text().strip();
    int words = TextNorm.words(text);
    if (line.furniture()
        || words < 2
        || words > MAX_WORDS
        || words > PROSE_WORDS && text.replaceAll("[\\s\"”’'»)]+$", "").endsWith(".")
        || BYLINE.matcher(text).matches()
        || MARKUP.matcher(text).find()
        || COPYRIGHT.matcher(text).find()) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * How often each line is printed in full, and where a title is printed again as a title: at the
   * top of the page (where a dump puts the page's title) or as a part of a longer title line
   * ("Headline - Outlet").
   */
  private record Printings(Map<String, Integer> full, Map<String, Integer> asTitle) {

    static Printings of(List<Line> lines) {
      var full = new HashMap<String, Integer>();
      var asTitle = new HashMap<String, Integer>();
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i).text();
        if (TextNorm.words(text) > MAX_WORDS) {
          continue;
        }
        String key = TextNorm.key(text);
        full.merge(key, 1, Integer::sum);
        List<String> parts = TitleParts.split(text);
        if (i < TOP) {
          asTitle.merge(key, 1, Integer::sum);
        }
        if (parts.size() > 1) {
          parts.stream().map(TextNorm::key).distinct().forEach(k -> asTitle.merge(k, 1, Integer::sum));
        }
      }
      return new Printings(full, asTitle);
    }

    /** Whether the line at {@code index} is printed as a title somewhere else too. */
    boolean again(String key, int index) {
      return asTitle.getOrDefault(key, 0) > (index < TOP ? 1 : 0);
    }

    /** Menus and buttons come back again and again; a headline once or twice. */
    boolean often(String key) {
      return full.getOrDefault(key, 0) > 2;
    }
  }

  /**
   * The share of the line's longer words that the article's opening uses (the first letters of a
   * word, so "glitches" finds "glitch"), less for a line of very few such words.
   */
  static double overlap(String text, String opening) {
    int content = 0;
    int shared = 0;
    for (String w : TextNorm.fold(text).split(" ")) {
      if (w.length() < 4) {
        continue;
      }
      content++;
      String stem = w.length() > PREFIX ? w.substring(0, PREFIX) : w;
      shared += opening.contains(stem) ? 1 : 0;
    }
    return content == 0 ? 0 : (double) shared / content * Math.min(1, (double) content / MIN_CONTENT);
  }

  private static boolean nearDate(List<Line> lines, int from, int bodyStart) {
    for (int i = from; i < Math.min(from + NEAR, bodyStart); i++) {
      String t = lines.get(i).text();
      if (BYLINE.matcher(t).matches() || DateParser.find(t, false).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
