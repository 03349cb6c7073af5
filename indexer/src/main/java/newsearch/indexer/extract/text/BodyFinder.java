package newsearch.indexer.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.text.LineClassifier.Kind;

/**
 * Finds the article in a page's paragraphs: the contiguous region that scores best, where prose
 * counts for its words and every short line (a menu item, a headline in a list) against it, so that
 * a subheading or two inside the article cost little and a menu or a list of other articles parts
 * regions. List headers and tickers are walls no region crosses; once an article-sized region has
 * passed, a region behind a wall counts less, since related stories and comments follow the article
 * and are often longer than it.
 */
final class BodyFinder {

  /**
   * The article's lines, first to last, and what the choice rested on.
   *
   * @param score the region's score: its prose words less what its short lines cost
   * @param rival the best score of another region, as weighed against this one (0 if none)
   * @param pageProse the words of all the page's prose that counts
   */
  record Run(List<PageLine> lines, double score, double rival, double pageProse) {
    int first() {
      return lines.getFirst().index();
    }

    int last() {
      return lines.getLast().index();
    }
  }

  /** What a short line costs, in words of prose; one like a sentence (or with a number) less. */
  private static final double SHORT_COST = 15;

  private static final double SENTENCE_COST = 10;

  // A time on its own line heads a live blog's entry: it costs nothing.
  private static final Pattern TIME =
      Pattern.compile("(?i)\\W*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+\\p{Lu}{2,5})?\\W*");

  /** A short line in the region is left out when it is this many times outside it (a menu's). */
  static final int MIN_OUTSIDE = 2;

  static final int MAX_BOX_LINES = 8;
  static final int MIN_LIST_LINES = 5;
  static final int MIN_SHARED_WORDS = 4;
  static final int MIN_PROSE_AFTER = 3;
  static final int MAX_LINES_BETWEEN = 2;

  /** A region of this many words of prose may be the article; what is behind the next wall... */
  private static final double MIN_ARTICLE = 15;

  /** ...then counts this much. */
  private static final double AFTER_WALL = 0.3;

  Optional<Run> find(List<PageLine> lines) {
    int[] copyOf = Repeats.of(lines);
    double[] value = values(lines, copyOf);
    boolean[] boxed = boxes(lines, value);
    Scored best = best(lines, value);
    if (best == null) {
      return Optional.empty();
    }
    double pageProse = 0;
    for (int i = 0; i < value.length; i++) {
      pageProse += lines.get(i).is(Kind.PROSE) && value[i] > 0 ? value[i] : 0;
    }
    // The best region elsewhere on the page, as the choice weighed it: how close the call was.
    double[] others = value.clone();
    Arrays.fill(others, best.first, best.last + 1, Double.NaN);
    Scored rival = best(lines, others);
    int last = withList(lines, best.last);
    List<PageLine> kept = kept(lines, copyOf, boxed, best.first, last);
    return Optional.of(new Run(kept, best.score, rival == null ? 0 : rival.score, pageProse));
  }

  /**
   * The article's last line, taking in a table or a dated list right after its last paragraph (tour
   * dates, results): at least {@value #MIN_LIST_LINES} short lines in a row, no blank line between
   * them, not list items of a menu, each with a number; a title may lead them.
   */
  private static int withList(List<PageLine> lines, int last) {
    int i = last + 1;
    while (i < lines.size() && (lines.get(i).is(Kind.BLANK) || lines.get(i).is(Kind.SKIP))) {
      i++;
    }
    int start = i;
    if (i < lines.size() && lines.get(i).is(Kind.SHORT) && !hasDigit(lines.get(i).text())) {
      i++;
    }
    int rows = 0;
    while (i < lines.size()
        && lines.get(i).is(Kind.SHORT)
        && !lines.get(i).item()
        && hasDigit(lines.get(i).text())) {
      rows++;
      i++;
    }
    return rows >= MIN_LIST_LINES ? i - 1 : last;
  }

  private static boolean hasDigit(String text) {
    return text.chars().anyMatch(Character::isDigit);
  }

  /** A region and its score, weighed by the walls before it. */
  private record Scored(int first, int last, double score) {}

  /** The best region of the page: the best of each stretch between walls, weighed. */
  private static Scored best(List<PageLine> lines, double[] value) {
    Scored best = null;
    double weight = 1;
    for (int from = 0; from < lines.size(); ) {
      int to = from;
      while (to < lines.size() && !Double.isNaN(value[to])) {
        to++;
      }
      int[] region = bestRegion(value, from, to);
      if (region != null) {
        double score = sum(value, region[0], region[1]);
        if (best == null || score * weight > best.score) {
          best = new Scored(region[0], region[1], score * weight);
        }
        if (score >= MIN_ARTICLE) {
          weight *= AFTER_WALL;
        }
      }
      from = to + 1;
    }
    return best;
  }

  /**
   * The region's prose and short lines, one copy of a repeated paragraph, and no short line that is
   * also outside the region (the headline above it, a menu item).
   */
  private static List<PageLine> kept(
      List<PageLine> lines, int[] copyOf, boolean[] boxed, int first, int last) {
    var outside = new java.util.HashMap<String, Integer>();
    for (PageLine line : lines) {
      if (line.is(Kind.SHORT) && (line.index() < first || line.index() > last)) {
        outside.merge(TextNorm.key(line.text()), 1, Integer::sum);
      }
    }
    var kept = new ArrayList<PageLine>();
    var keys = new HashSet<String>();
    for (PageLine line : lines.subList(first, last + 1)) {
      if (line.is(Kind.PROSE) && (copyOf[line.index()] < 0 || keys.add(Repeats.key(line.text())))) {
        kept.add(line);
      } else if (line.is(Kind.SHORT)
          && !boxed[line.index()]
          && outside.getOrDefault(TextNorm.key(line.text()), 0) < MIN_OUTSIDE) {
        kept.add(line);
      }
    }
    return kept;
  }

  /**
   * Finds the boxes of links to other stories inside the article ("Related articles" and two
   * headlines, then the article goes on): a list header, a few lines, then at least {@value
   * #MIN_PROSE_AFTER} paragraphs of prose close together. A box is no wall: its header costs what a
   * short line does, its links nothing, and they are not the article. A list header followed by
   * teasers (a headline or more before each paragraph) stays a wall.
   */
  private static boolean[] boxes(List<PageLine> lines, double[] value) {
    boolean[] boxed = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).is(Kind.END)) {
        continue;
      }
      int end = i + 1;
      int inBox = 0;
      // Two boxes may come one after the other ("Related", two links, "Related", two more).
      int headers = 1;
      while (end < lines.size()
          && !lines.get(end).is(Kind.PROSE)
          && (!Double.isNaN(value[end]) || lines.get(end).is(Kind.END) && ++headers <= 2)) {
        inBox += lines.get(end).is(Kind.BLANK) ? 0 : 1;
        end++;
      }
      if (inBox <= MAX_BOX_LINES
          && proseFollows(lines, value, end)
          && sameStory(lines, value, i, end)) {
        for (int k = i; k < end; k++) {
          value[k] = lines.get(k).is(Kind.END) ? -SHORT_COST : 0;
          boxed[k] = true;
        }
      }
    }
    return boxed;
  }

  /**
   * Whether the prose before a box and the prose after it tell one story: they share at least
   * {@value #MIN_SHARED_WORDS} content words (names, nouns), as an article's paragraphs do and the
   * next article on the page does not.
   */
  private static boolean sameStory(List<PageLine> lines, double[] value, int box, int after) {
    Set<String> before = new HashSet<>();
    for (int i = box - 1, n = 0; i >= 0 && n < MIN_PROSE_AFTER; i--) {
      if (lines.get(i).is(Kind.PROSE) && value[i] > 0) {
        contentWords(lines.get(i).text(), before);
        n++;
      }
    }
    Set<String> next = new HashSet<>();
    for (int i = after, n = 0; i < lines.size() && n < MIN_PROSE_AFTER; i++) {
      if (lines.get(i).is(Kind.PROSE) && value[i] > 0) {
        contentWords(lines.get(i).text(), next);
        n++;
      }
    }
    next.retainAll(before);
    return next.size() >= MIN_SHARED_WORDS;
  }

  private static void contentWords(String text, Set<String> into) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4 && !StopWords.defaults().isFunctionWord(w)) {
        into.add(w);
      }
    }
  }

  /** At least {@value #MIN_PROSE_AFTER} paragraphs of prose from {@code from}, hardly parted. */
  private static boolean proseFollows(List<PageLine> lines, double[] value, int from) {
    int prose = 0;
    int others = 0;
    for (int i = from; i < lines.size() && prose < MIN_PROSE_AFTER; i++) {
      if (Double.isNaN(value[i])) {
        return false;
      }
      Kind k = lines.get(i).kind();
      if (k == Kind.PROSE && value[i] > 0) {
        prose++;
      } else if (k == Kind.SHORT || k == Kind.MARKUP) {
        others++;
        if (others > MAX_LINES_BETWEEN) {
          return false;
        }
      }
    }
    return prose >= MIN_PROSE_AFTER;
  }

  /** Each line's worth to a region; NaN for a wall. */
  private static double[] values(List<PageLine> lines, int[] copyOf) {
    double[] value = new double[lines.size()];
    for (int i = 0; i < value.length; i++) {
      PageLine line = lines.get(i);
      value[i] =
          switch (line.kind()) {
            case END, TICKER -> Double.NaN;
            case BLANK, SKIP, CAPTION, GLITCH -> 0;
            case MARKUP, FURNITURE -> -SHORT_COST;
            case SHORT -> -cost(line);
            // A paragraph printed twice is a teaser, a gallery caption or a pull quote: it does not
            // make a region the article, though the article keeps one copy.
            case PROSE -> copyOf[i] < 0 ? LineClassifier.words(line.text()) : 0;
          };
    }
    return value;
  }

  private static double cost(PageLine line) {
    if (TIME.matcher(line.text()).matches()) {
      return 0;
    }
    if (line.item()) {
      return SHORT_COST;
    }
    String t = line.text();
    boolean sentenceLike =
        LineClassifier.endsLikeSentence(t)
            || t.endsWith(",")
            || t.chars().anyMatch(Character::isDigit);
    return sentenceLike ? SENTENCE_COST : SHORT_COST;
  }

  /** The best-scoring region of {@code value[from..to)}: its first and last index, or null. */
  private static int[] bestRegion(double[] value, int from, int to) {
    int[] best = null;
    double bestSum = 0;
    int start = -1;
    double sum = 0;
    for (int i = from; i < to; i++) {
      if (start < 0 || sum <= 0) {
        if (value[i] <= 0) {
          continue;
        }
        start = i;
        sum = value[i];
      } else {
        sum += value[i];
      }
      if (sum > bestSum) {
        bestSum = sum;
        best = new int[] {start, i};
      }
    }
    return best;
  }

  private static double sum(double[] value, int first, int last) {
    double s = 0;
    for (int i = first; i <= last; i++) {
      s += value[i];
    }
    return s;
  }
}
