package newsearch.indexer.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.model.ArticleDate;

/**
 * Parses a date written the ways news pages write them into an {@link ArticleDate}: ISO forms,
 * numeric day/month/year in either order, month names in several languages, with an optional time.
 */
public final class DateParser {

  /** A date found in a text, and where: callers remove it to see what else the line says. */
  public record Found(ArticleDate date, int start, int end) {}

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern YMD =
      Pattern.compile(
          "(?<![\\d/.-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
              + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d|[/.-]\\d)");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", F);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+"
              + "(?:de\\s+)?(\\d{4})\\b",
          F);
  private static final Pattern MONTH_YEAR =
      // Not after a day number: "30 Febbraio 2025" is an impossible day, not a month.
      Pattern.compile(
          "(?<!\\p{L})(?<!\\d[.,]?\\s{1,3}|\\d[.,]?\\s{1,3}de\\s{1,3})(\\p{L}{3,10})\\.?\\s+(\\d{4})\\b",
          F);
  private static final Pattern TIME_AFTER =
      Pattern.compile(
          "^\\s*(?:,|at|um|a las|alle|à|\\||-|–|—)?\\s*(\\d{1,2})[:h](\\d{2})(?::\\d{2})?"
              + "(?:\\s*([ap])\\.?m\\.?)?(?![\\d:])",
          F);
  private static final Pattern TIME_BEFORE =
      Pattern.compile(
          "(?<![\\d:])(\\d{1,2}):(\\d{2})(?:\\s*([ap])\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?\\s*[,|]?\\s*"
              + "(?:\\p{L}{3,9}\\.?,?\\s*)?$",
          F);

  private DateParser() {}

  /** The first date found in {@code text}, or empty; impossible dates are rejected. */
  public static Optional<ArticleDate> parse(String text) {
    // Structured inputs (JSON lines, sidecars) write ISO, which may be a month alone: "2025-02".
    return ArticleDate.parseIso(text).or(() -> find(text, false).map(Found::date));
  }

  /**
   * The first date in {@code text}. An ambiguous numeric date ({@code 03/04/2025}) is read day
   * first, as most of the world writes it, unless {@code monthFirst}; an unambiguous one ({@code
   * 02/22/2025}) is read the only way it can be.
   */
  public static Optional<Found> find(String text, boolean monthFirst) {
    if (text == null || !mayHoldDate(text)) {
      // Every form writes a year in four digits or two numbers around a separator: most lines of a
      // page are spared five scans.
      return Optional.empty();
    }
    var found = new ArrayList<Found>();
    collect(YMD.matcher(text), m -> ymd(m), found);
    collect(NUMERIC.matcher(text), m -> numeric(m, monthFirst), found);
    collect(MONTH_FIRST.matcher(text), m -> named(m.group(3), m.group(1), m.group(2)), found);
    collect(DAY_FIRST.matcher(text), m -> named(m.group(3), m.group(2), m.group(1)), found);
    collect(MONTH_YEAR.matcher(text), DateParser::monthYear, found);
    return found.stream()
        .min(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())))
        .map(f -> withTime(text, f));
  }

  /** Whether {@code text} has four digits in a row, or a digit, a separator and a digit. */
  private static boolean mayHoldDate(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (++run == 4) {
          return true;
        }
      } else {
        if (run > 0
            && (ch == '/' || ch == '.' || ch == '-')
            && i + 1 < text.length()
            && text.charAt(i + 1) >= '0'
            && text.charAt(i + 1) <= '9') {
          return true;
        }
        run = 0;
      }
    }
    return false;
  }

  private interface Reader {
    Optional<ArticleDate> read(Matcher m);
  }

  private static void collect(Matcher m, Reader reader, List<Found> out) {
    while (m.find()) {
      Optional<ArticleDate> d = reader.read(m);
      if (d.isPresent()) {
        out.add(new Found(d.get(), m.start(), m.end()));
        return;
      }
    }
  }

  private static Optional<ArticleDate> ymd(Matcher m) {
    Optional<ArticleDate> day = day(num(m, 1), num(m, 3), num(m, 4));
    if (day.isEmpty() || m.group(5) == null) {
      return day;
    }
    // The wall-clock time the outlet printed is kept; an offset only says where that was.
    return time(day.get(), num(m, 5), num(m, 6), null).or(() -> day);
  }

  private static Optional<ArticleDate> numeric(Matcher m, boolean monthFirst) {
    int a = num(m, 1);
    int b = num(m, 3);
    int year = num(m, 4);
    if (m.group(4).length() == 2 && m.group(2).equals(".") && m.end(3) - m.start(1) < 5) {
      return Optional.empty(); // "2.4.10" is a version number; a dotted date pads its day and month
    }
    if (m.group(4).length() == 2) {
      int now = LocalDate.now().getYear() % 100;
      year += year <= now + 1 ? 2000 : 1900;
    }
    boolean swap = b > 12 || (monthFirst && a <= 12);
    return swap ? day(year, a, b) : day(year, b, a);
  }

  private static Optional<ArticleDate> named(String year, String monthName, String day) {
    Integer month = MonthNames.number(monthName);
    return month == null
        ? Optional.empty()
        : day(Integer.parseInt(year), month, Integer.parseInt(day));
  }

  private static Optional<ArticleDate> monthYear(Matcher m) {
    Integer month = MonthNames.number(m.group(1));
    if (month == null || !MonthNames.isFullName(m.group(1))) {
      return Optional.empty();
    }
    try {
      YearMonth ym = YearMonth.of(num(m, 2), month);
      return ArticleDate.isPlausible(ym.atDay(1))
          ? Optional.of(ArticleDate.ofMonth(ym))
          : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Adds a time written just after (or, as some outlets do, just before) a day. */
  private static Found withTime(String text, Found f) {
    if (f.date().precision() != ArticleDate.Precision.DAY) {
      return f;
    }
    Matcher after = TIME_AFTER.matcher(text).region(f.end(), text.length());
    if (after.lookingAt()) {
      Optional<ArticleDate> t = time(f.date(), num(after, 1), num(after, 2), after.group(3));
      if (t.isPresent()) {
        return new Found(t.get(), f.start(), after.end());
      }
    }
    Matcher before = TIME_BEFORE.matcher(text.substring(0, f.start()));
    if (before.find()) {
      Optional<ArticleDate> t = time(f.date(), num(before, 1), num(before, 2), before.group(3));
      if (t.isPresent()) {
        return new Found(t.get(), before.start(), f.end());
      }
    }
    return f;
  }

  private static Optional<ArticleDate> time(ArticleDate day, int hour, int minute, String ampm) {
    if (ampm != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (ampm.toLowerCase(Locale.ROOT).equals("p") ? 12 : 0);
    }
    try {
      return Optional.of(
          ArticleDate.ofTime(LocalDateTime.of(day.day(), LocalTime.of(hour, minute))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ArticleDate> day(int year, int month, int day) {
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return ArticleDate.isPlausible(d) ? Optional.of(ArticleDate.ofDay(d)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int num(Matcher m, int group) {
    return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
  }
}
