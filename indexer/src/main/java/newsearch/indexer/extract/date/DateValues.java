package newsearch.indexer.extract.date;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.DateParser;
import newsearch.indexer.model.ArticleDate;

/**
 * Reads the date value of a structured signal (a meta tag, JSON-LD, a {@code datetime} attribute)
 * and rejects what cannot be a web page's publication date.
 */
final class DateValues {

  /** The web's first news sites; an earlier date on a page is a template default or a typo. */
  static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

  private static final Pattern COMPACT =
      Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})(\\d{0,6})");

  private DateValues() {}

  /**
   * The date a structured value gives, or empty when it has none or an implausible one; an
   * ambiguous numeric value is read month first only when {@code monthFirst}.
   */
  static Optional<ArticleDate> parse(String value, boolean monthFirst) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Matcher m = COMPACT.matcher(v);
    Optional<ArticleDate> date =
        m.matches()
            ? ArticleDate.parseIso(m.group(1) + "-" + m.group(2) + "-" + m.group(3))
            : ArticleDate.parseIso(v)
                .or(() -> DateParser.find(v, monthFirst).map(DateParser.Found::date));
    return date.filter(DateValues::plausible);
  }

  /** Not before the web's news sites, not after today (a day's grace for time zones). */
  static boolean plausible(ArticleDate date) {
    return !date.day().isBefore(EARLIEST) && !date.day().isAfter(LocalDate.now().plusDays(1));
  }
}
