package newsearch.indexer.extract.byline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.DateParser;
import newsearch.indexer.extract.TextNorm;

/**
 * Reads a line of a page as a byline: labelled ("By Jane Roe", "Von Jane Roe", "3 March 2025 | by
 * Jane Roe"), or a short line of names that something marks as a byline: a date, a role, an agency,
 * the outlet or a handle beside it, or a date on the next line ("Jane Roe, AP Writer", "Jane Roe –
 * 3 March 2025").
 */
final class BylineLines {

  private static final int MAX_LABELLED_WORDS = 25;
  private static final int MAX_WORDS_BEFORE_INNER_LABEL = 3;
  private static final int MAX_UNLABELLED_WORDS = 12;
  private static final int MAX_DATE_LINE_WORDS = 14;
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?iu)^(?:\\(|photo|image|picture|foto|bild|credit|source|quelle|illustration|copyright"
              + "|©|file)");
  private static final Pattern LONE_BY = Pattern.compile("(?iu)by|von|par|por|di|door|av");
  private static final Pattern HANDLE = Pattern.compile("@\\w{2,}");
  private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

  /**
   * A byline: its names (none when it credits no person) and whether the page says it is one (a
   * label, an author element) rather than its shape alone.
   */
  record Byline(List<String> names, boolean labelled) {}

  private BylineLines() {}

  /**
   * The names of {@code lines.get(i)} when it is a byline; an empty list for a byline that credits
   * no person (an agency, a desk); empty when the line is no byline.
   */
  static Optional<Byline> read(List<String> lines, int i, String outlet) {
    String line = TextNorm.clean(lines.get(i));
    int words = TextNorm.words(line);
    if (line.isEmpty() || words > MAX_LABELLED_WORDS || CAPTION.matcher(line).lookingAt()) {
      return Optional.empty();
    }
    if (i + 1 < lines.size() && LONE_BY.matcher(line).matches()) {
      // "By" on a line of its own, the names on the next: a text dump of a byline's two elements.
      return found(PersonNames.parse(lines.get(i + 1), outlet, false, false), true);
    }
    if (NameWords.LABEL.matcher(line).lookingAt()) {
      return found(PersonNames.parse(line, outlet, false, false), true);
    }
    Matcher inner = NameWords.INNER_LABEL.matcher(line);
    while (inner.find()) {
      String before = line.substring(0, inner.start());
      if (inner.start() > 0
          && (DateParser.find(before, false).isPresent()
              || TextNorm.words(before) <= MAX_WORDS_BEFORE_INNER_LABEL)) {
        return found(PersonNames.parse(line.substring(inner.end()), outlet, false, false), true);
      }
    }
    if (words > MAX_UNLABELLED_WORDS) {
      return Optional.empty();
    }
    PersonNames.Parsed parsed = PersonNames.parse(line, outlet, false, true);
    boolean marked =
        parsed.credit()
            || DateParser.find(line, false).isPresent()
            || TIME.matcher(line).find()
            || HANDLE.matcher(line).find()
            || (i + 1 < lines.size() && isDateLine(lines.get(i + 1), line));
    return marked ? found(parsed, false) : Optional.empty();
  }

  static Optional<Byline> found(PersonNames.Parsed parsed, boolean labelled) {
    return parsed.names().isEmpty() && !parsed.credit()
        ? Optional.empty()
        : Optional.of(new Byline(parsed.names(), labelled));
  }

  /** A short dated line that is not {@code above} again with a date ("Title 11.18.19"). */
  private static boolean isDateLine(String line, String above) {
    return TextNorm.words(line) <= MAX_DATE_LINE_WORDS
        && !TextNorm.key(line).contains(TextNorm.key(above))
        && DateParser.find(line, false).isPresent();
  }
}
