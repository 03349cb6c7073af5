package newsearch.indexer.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import newsearch.indexer.extract.DateParser;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.date.FoundDate.Kind;
import newsearch.indexer.model.ArticleDate;

/**
 * Finds the publication date among a page's text lines: a date after a label ("Published", "Posted
 * on", "Veröffentlicht am", "Publié le", "Pubblicato il", "Publicado el"), else a date on a line of
 * its own, else a labelled update. Works on any lines: an HTML article's blocks or a scraped text
 * page's lines. A date a label says is something else (©, "accessed", a comment's "says") is never
 * taken, nor a month without its day.
 */
public final class DateLineFinder {

  /** Other words a line may hold beside a date of its own: an outlet, a time zone, a byline. */
  private static final int MAX_OTHER_WORDS = 6;

  /** A label this far into a long line is the story's sentence ("the report, published on…"). */
  private static final int MAX_WORDS_BEFORE_LABELLED = 3;

  private static final int SHORT_LINE_WORDS = 25;
  private static final int STAMP_LINE_WORDS = 15;
  private static final int MAX_DATELINE_PLACE_WORDS = 3;
  private static final Pattern DATELINE_END = Pattern.compile("\\)?\\s*[–—:.|/-]\\s*\\S");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d\\d");

  /**
   * A day on line {@code line}: {@code kind} is what its label says (a publication when it has
   * none), {@code labelled} whether it had one, {@code alone} whether little else is on the line.
   */
  public record LineDate(ArticleDate date, int line, Kind kind, boolean labelled, boolean alone) {}

  private DateLineFinder() {}

  /**
   * The publication date of {@code lines}: the first labelled publication, else the first date on a
   * line of its own, else the first labelled update. {@code monthFirst} reads {@code 03/04/2025} as
   * March 4 ({@link DateOrder#monthFirst} decides it from the page).
   */
  public static Optional<LineDate> find(List<String> lines, boolean monthFirst) {
    List<LineDate> dates = dates(lines, monthFirst);
    return dates.stream()
        .filter(d -> d.labelled() && d.kind() == Kind.PUBLISHED)
        .findFirst()
        .or(() -> dates.stream().filter(d -> d.alone() && !d.labelled()).findFirst())
        .or(() -> dates.stream().filter(d -> d.kind() == Kind.UPDATED).findFirst());
  }

  /** Every dated day of the lines that may be the page's date, labelled or standing alone. */
  public static List<LineDate> dates(List<String> lines, boolean monthFirst) {
    var out = new ArrayList<LineDate>();
    for (int i = 0; i < lines.size(); i++) {
      addDates(lines.get(i), i, monthFirst, out, false);
    }
    return out;
  }

  /** Every day on one line, with its label; {@code all} keeps unlabelled dates inside a line. */
  static void addDates(
      String line, int index, boolean monthFirst, List<LineDate> out, boolean all) {
    if (!TWO_DIGITS.matcher(line).find()) {
      return; // every date form has a year of two or four digits: most lines are done here
    }
    int from = 0;
    int lineWords = TextNorm.words(line);
    while (from < line.length()) {
      Optional<DateParser.Found> f = DateParser.find(line.substring(from), monthFirst);
      if (f.isEmpty()) {
        return;
      }
      int start = from + f.get().start();
      int end = from + f.get().end();
      from = end;
      ArticleDate date = f.get().date();
      String before = line.substring(0, start);
      if (date.precision() == ArticleDate.Precision.MONTH || DateLabels.notPublication(before)) {
        continue;
      }
      Optional<Kind> label = DateLabels.kindBefore(before);
      int wordsBefore = TextNorm.words(before);
      boolean labelled =
          label.isPresent()
              && (lineWords <= SHORT_LINE_WORDS || wordsBefore <= MAX_WORDS_BEFORE_LABELLED);
      // A day with its time on a short line is a timestamp, whatever else the line holds.
      boolean stamp =
          date.precision() == ArticleDate.Precision.TIME && lineWords <= STAMP_LINE_WORDS;
      // A dateline opens a story: "BERLIN, 12 March 2021 – …", "Karlsruhe, (12.11.2021). …".
      boolean dateline =
          wordsBefore <= MAX_DATELINE_PLACE_WORDS
              && DATELINE_END.matcher(line).region(end, line.length()).lookingAt();
      boolean alone =
          wordsBefore == 0
              || stamp
              || dateline
              || wordsBefore + TextNorm.words(line.substring(end)) <= MAX_OTHER_WORDS;
      if (labelled || alone || all) {
        out.add(
            new LineDate(date, index, labelled ? label.get() : Kind.PUBLISHED, labelled, alone));
      }
    }
  }
}
