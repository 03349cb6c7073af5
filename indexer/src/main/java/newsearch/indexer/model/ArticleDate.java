package newsearch.indexer.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the source gave it: a month, a day, or a day with a time.
 *
 * <p>{@link #day()} is what ranges, sorting and histograms use; a month-only date counts as the
 * first day of that month. {@link #iso()} is what the index stores and the API shows.
 */
public record ArticleDate(LocalDate day, Optional<LocalTime> time, Precision precision) {

  /** How much of the date the source gave. */
  public enum Precision {
    MONTH,
    DAY,
    TIME
  }

  // Plausible news dates: older is a typo, later is a template default (the 2050s seen in data).
  private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
  private static final int YEARS_AHEAD = 1;

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
              + "(Z|[+-]\\d{2}:?\\d{2})?)?)?");

  public ArticleDate {
    if (day == null || precision == null) {
      throw new IllegalArgumentException("ArticleDate needs a day and a precision");
    }
    time = time == null ? Optional.empty() : time;
    if (!isPlausible(day)) {
      throw new IllegalArgumentException("Date out of range: " + day);
    }
  }

  public static ArticleDate ofDay(LocalDate day) {
    return new ArticleDate(day, Optional.empty(), Precision.DAY);
  }

  public static ArticleDate ofTime(LocalDateTime time) {
    return new ArticleDate(
        time.toLocalDate(), Optional.of(time.toLocalTime().withNano(0)), Precision.TIME);
  }

  public static ArticleDate ofMonth(YearMonth month) {
    return new ArticleDate(month.atDay(1), Optional.empty(), Precision.MONTH);
  }

  /** True for dates a news article can have: not before 1800, not more than a year ahead. */
  public static boolean isPlausible(LocalDate day) {
    return !day.isBefore(EARLIEST) && !day.isAfter(LocalDate.now().plusYears(YEARS_AHEAD));
  }

  /**
   * Parses the ISO forms that structured inputs use ({@code 2025-02}, {@code 2025-02-22}, {@code
   * 2025-02-22T14:49:00Z}); empty for anything else or an impossible date, never an exception.
   */
  public static Optional<ArticleDate> parseIso(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return Optional.of(ofMonth(YearMonth.of(year, month)));
      }
      LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return Optional.of(ofDay(day));
      }
      // The wall-clock time the outlet printed is kept; an offset only says where that was.
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalTime time =
          LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
      return Optional.of(ofTime(LocalDateTime.of(day, time)));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@code 2025-02}, {@code 2025-02-22} or {@code 2025-02-22T14:49}. */
  public String iso() {
    return switch (precision) {
      case MONTH -> YearMonth.from(day).toString();
      case DAY -> day.toString();
      case TIME -> day + "T" + time.orElseThrow();
    };
  }
}
