package newsearch.indexer.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a page writes its ambiguous numeric dates ({@code 03/04/2025}) month first, as in
 * the US, or day first, as most of the world does.
 *
 * <p>Evidence is a full numeric date with its year whose order is unambiguous ({@code 22/02/2025},
 * {@code 02/22/2025}). A pair without a year ({@code 3.99}, {@code 0.25}, {@code 13.50 €}) is a
 * price or a decimal far more often than a date, so it never counts; nor does a number that follows
 * a currency sign. With no evidence, the page's language decides: US English is month first.
 */
public final class DateOrder {

  private static final Pattern FULL_DATE =
      Pattern.compile(
          "(?<![\\d.,/$€£¥-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-]|[.,]\\d)");
  private static final Pattern US_LANGUAGE = Pattern.compile("(?i)^[a-z]{2}[-_]us\\b.*");

  private DateOrder() {}

  /**
   * True when {@code text}'s unambiguous numeric dates put the month first, or when it has none and
   * {@code language} (an {@code <html lang>} or {@code og:locale} value, may be empty) is US.
   */
  public static boolean monthFirst(CharSequence text, String language) {
    return monthFirst(text, language, Set.of());
  }

  /**
   * As {@link #monthFirst(CharSequence, String)}, and an ambiguous date that is one of the page's
   * {@code known} days (its ISO metadata) when read one way counts for that way.
   */
  public static boolean monthFirst(CharSequence text, String language, Set<LocalDate> known) {
    int dayFirst = 0;
    int monthFirst = 0;
    Matcher m = FULL_DATE.matcher(text).useTransparentBounds(true);
    int from = 0;
    while ((from = next(text, m, from)) >= 0) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) {
        dayFirst++;
      } else if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
        monthFirst++;
      } else if (!known.isEmpty() && a != b) {
        int year = Integer.parseInt(m.group(4));
        year += year < 100 ? 2000 : 0;
        dayFirst += known.contains(day(year, b, a)) ? 1 : 0;
        monthFirst += known.contains(day(year, a, b)) ? 1 : 0;
      }
    }
    if (dayFirst != monthFirst) {
      return monthFirst > dayFirst;
    }
    return language != null && US_LANGUAGE.matcher(language.strip()).matches();
  }

  /**
   * Finds the next full date at or after {@code from} and leaves it in {@code m}; the index to go
   * on from, or -1. The regex runs only where a separator stands between two digits: letting it try
   * every position of a whole page's text (its lookbehind first) made this a tenth of the date
   * search.
   */
  private static int next(CharSequence text, Matcher m, int from) {
    int n = text.length();
    for (int i = Math.max(from + 1, 1); i + 1 < n; i++) {
      char c = text.charAt(i);
      if ((c != '/' && c != '.' && c != '-')
          || !isDigit(text.charAt(i - 1))
          || !isDigit(text.charAt(i + 1))) {
        continue;
      }
      // A date's first number has one or two digits: the match can only start here.
      int start = i >= 2 && isDigit(text.charAt(i - 2)) ? i - 2 : i - 1;
      if (start < from) {
        continue;
      }
      m.region(start, n);
      if (m.lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static LocalDate day(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
