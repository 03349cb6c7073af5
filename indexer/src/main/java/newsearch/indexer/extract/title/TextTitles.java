package newsearch.indexer.extract.title;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;

/**
 * The headline among the lines of a scraped text page. Each title-like line above the article is
 * weighed by what marks a headline: it tells the story of the article's opening (shares its words),
 * it is the page's title printed again (a dump that keeps the {@code <title>} prints it first,
 * "Headline - Outlet"), it is printed twice, it sits near the body with a date or byline under it.
 * A title may end with a full stop; which lines may be titles at all (not a date line, a byline, a
 * button) the caller decides.
 */
public final class TextTitles {

  /**
   * One line of a page.
   *
   * @param text the line as printed
   * @param title the headline the line could be (cut of its date or label), empty if none
   * @param item whether the dump printed it as a list item (menus and lists of other articles are)
   * @param prose whether it reads as a sentence of prose rather than a title
   * @param marker whether it is a date or byline, which sit just under a headline
   */
  public record Line(String text, String title, boolean item, boolean prose, boolean marker) {}

  // How far above the body a headline may sit, in lines that are not blank.
  private static final int WINDOW = 40;
  private static final int OPENING_CHARS = 1500;
  private static final int MAX_WORDS = 30;
  // A line printed more than twice is a menu entry or a button, not a title.
  private static final int MAX_PRINTS = 2;
  private static final int NEAR = 3;
  private static final int MIN_PAGE_TITLE_WORDS = 3;
  private static final double SAME_STORY = 0.5;
  private static final int STEM = 5;
  private static final int MIN_CONTENT_WORDS = 4;
  private static final int LONG_SENTENCE = 14;
  private static final double W_OPENING = 3;
  private static final double W_PAGE_TITLE = 3;
  private static final double W_PRINTED_AGAIN = 1.5;
  private static final double W_DISTANCE = 0.05;
  private static final double W_ITEM = 1;
  private static final double W_NEAR_MARKER = 2;
  private static final double W_SENTENCE = 1;
  private static final double W_PROSE = 1.5;
  private static final double W_NAME = 1.5;
  private static final int MAX_NAME_WORDS = 4;
  // A person's, an outlet's or a section's name: capitalised words only ("Sarah E. Needleman").
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern NAME =
      Pattern.compile("^(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’&-]*\\s*)+$");

  private TextTitles() {}

  /**
   * The headline among {@code lines}, or none.
   *
   * @param lines the page's lines that are not blank, in order
   * @param bodyStart index in {@code lines} of the article's first line
   * @param body the article's text
   * @param outlets the outlet's names, cut off a title line ("Headline - Outlet")
   */
  public static Headline find(List<Line> lines, int bodyStart, String body, OutletVotes outlets) {
    String opening = " " + TextNorm.fold(body.substring(0, Math.min(body.length(), OPENING_CHARS)));
    List<String> pageTitle = pageTitle(lines, bodyStart, outlets);
    String titleHeadline =
        pageTitle.isEmpty() ? "" : TitleParts.headline(pageTitle.getFirst(), outlets::isOutlet);
    // Each line's key once: every candidate is looked for on every line.
    List<String> keys = lines.stream().map(l -> TextNorm.key(l.text())).toList();
    Map<String, Integer> printed = printings(lines, keys);
    Headline best = Headline.NONE;
    double bestScore = Double.NEGATIVE_INFINITY;
    if (!titleHeadline.isEmpty() && !outlets.isOutlet(titleHeadline)) {
      // The page's title itself, as far from the body as a line may be.
      best = new Headline(titleHeadline, "title");
      bestScore = W_OPENING * overlap(titleHeadline, opening) + W_PAGE_TITLE - W_DISTANCE * WINDOW;
    }
    for (int i = Math.max(0, bodyStart - WINDOW); i < Math.min(bodyStart, lines.size()); i++) {
      Line line = lines.get(i);
      if (line.title().isEmpty() || glued(line.title(), lines, i, bodyStart)) {
        continue;
      }
      String text = cutAfter(TitleParts.headline(line.title(), outlets::isOutlet), titleHeadline);
      String key = TextNorm.key(text);
      int prints = printed.getOrDefault(key, 0);
      if (prints > MAX_PRINTS || outlets.isOutlet(text)) {
        continue;
      }
      double score =
          W_OPENING * overlap(text, opening)
              + W_PAGE_TITLE
                  * (pageTitle.isEmpty() || i == 0 ? 0 : TitleSimilarity.best(text, pageTitle))
              + (printedElsewhere(key, keys, i, bodyStart) ? W_PRINTED_AGAIN : 0)
              - W_DISTANCE * (bodyStart - i)
              - (line.item() ? W_ITEM : 0)
              - (line.prose() ? W_PROSE : 0)
              - (isName(text) ? W_NAME : 0)
              + (markerBelow(lines, i, bodyStart) ? W_NEAR_MARKER : 0)
              - (isLongSentence(text) ? W_SENTENCE : 0);
      if (score > bestScore) {
        best = new Headline(text, "text-line");
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The line cut after the page title's headline when it opens with it: a dump that joins lines
   * glues the byline or a teaser to the headline ("Headline by Jane Doe").
   */
  private static String cutAfter(String line, String titleHeadline) {
    int words = TextNorm.words(titleHeadline);
    if (words == 0 || TextNorm.words(line) <= words) {
      return line;
    }
    String key = TextNorm.key(titleHeadline);
    Matcher m = WORD.matcher(line);
    for (int n = 0; m.find(); ) {
      if (++n == words) {
        String head = line.substring(0, m.end()).strip();
        return TextNorm.key(head).equals(key) ? head : line;
      }
    }
    return line;
  }

  /**
   * The first line when it is the page's title: a dump that keeps the {@code <title>} prints it
   * first. It is one when it names the outlet ("Headline - Outlet") or a line above the body tells
   * the same story; else it is the first line of a menu.
   */
  private static List<String> pageTitle(List<Line> lines, int bodyStart, OutletVotes outlets) {
    if (bodyStart <= 0 || TextNorm.words(lines.getFirst().title()) < MIN_PAGE_TITLE_WORDS) {
      return List.of();
    }
    String first = lines.getFirst().title();
    if (TitleParts.affixes(first).stream().anyMatch(outlets::isOutlet)) {
      return List.of(first);
    }
    for (int i = Math.max(1, bodyStart - WINDOW); i < Math.min(bodyStart, lines.size()); i++) {
      String title = lines.get(i).title();
      if (!title.isEmpty() && TitleSimilarity.best(title, List.of(first)) >= SAME_STORY) {
        return List.of(first);
      }
    }
    return List.of();
  }

  /**
   * Whether the line is a title glued to what a dump printed before it ("Home News Headline", "3.
   * Headline"): a later line above the body is its end.
   */
  private static boolean glued(String title, List<Line> lines, int at, int bodyStart) {
    String key = TextNorm.key(title);
    for (int j = at + 1; j < Math.min(bodyStart, lines.size()); j++) {
      String other = TextNorm.key(lines.get(j).title());
      if (!other.isEmpty() && other.length() < key.length() && key.endsWith(other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the title is printed again: as a part of another line ("Headline - Outlet", "Share:
   * Headline") or in full at the top of the page, away from the lines above the body (a list of
   * contents repeats a section title close by, a live page its sections' titles in the body).
   */
  private static boolean printedElsewhere(String key, List<String> keys, int at, int bodyStart) {
    for (int j = 0; j < keys.size(); j++) {
      String other = keys.get(j);
      boolean inside = other.length() > key.length() && other.contains(key);
      boolean away = j < bodyStart - WINDOW && other.equals(key);
      if (j != at && (inside || away)) {
        return true;
      }
    }
    return false;
  }

  /** How often each short line is printed in full. */
  private static Map<String, Integer> printings(List<Line> lines, List<String> keys) {
    var counts = new HashMap<String, Integer>();
    for (int i = 0; i < lines.size(); i++) {
      if (TextNorm.words(lines.get(i).text()) <= MAX_WORDS) {
        counts.merge(keys.get(i), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static boolean markerBelow(List<Line> lines, int at, int bodyStart) {
    for (int j = at + 1; j < Math.min(at + 1 + NEAR, bodyStart); j++) {
      if (lines.get(j).marker()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isName(String text) {
    return TextNorm.words(text) <= MAX_NAME_WORDS && NAME.matcher(text).matches();
  }

  /** A long sentence closed by a full stop is a standfirst or a caption more often than a title. */
  private static boolean isLongSentence(String text) {
    return TextNorm.words(text) > LONG_SENTENCE
        && text.replaceAll("[\\s\"”’'»)]+$", "").endsWith(".");
  }

  /**
   * The share of the line's longer words that the article's opening uses (by their first letters,
   * so "glitches" finds "glitch"), less for a line of very few such words.
   */
  static double overlap(String text, String opening) {
    int content = 0;
    int shared = 0;
    for (String w : TextNorm.fold(text).split(" ")) {
      if (w.length() < 4) {
        continue;
      }
      content++;
      String stem = w.length() > STEM ? w.substring(0, STEM) : w;
      shared += opening.contains(" " + stem) ? 1 : 0;
    }
    return content == 0
        ? 0
        : (double) shared / content * Math.min(1, (double) content / MIN_CONTENT_WORDS);
  }
}
