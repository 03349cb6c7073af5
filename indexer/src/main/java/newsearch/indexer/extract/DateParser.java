package newsearch.indexer.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.model.ArticleDate;

/** Parses a date written the ways news pages write them into an {@link ArticleDate}. */
public final class DateParser {

  private static final Map<String, Integer> MONTHS = months();

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2}))?(?!\\d)");
  private static final Pattern MONTH_FIRST =
      Pattern.compile("(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern ISO_IN_TEXT =
      Pattern.compile(
          "(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");

  private DateParser() {}

  /** The first date found in {@code text}, or empty; impossible dates are rejected. */
  public static Optional<ArticleDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher iso = ISO_IN_TEXT.matcher(text);
    if (iso.find()) {
      Optional<ArticleDate> d = ArticleDate.parseIso(iso.group());
      if (d.isPresent()) {
        return d;
      }
    }
    Optional<ArticleDate> d = ArticleDate.parseIso(text);
    if (d.isPresent()) {
      return d;
    }
    Matcher m = NUMERIC.matcher(text);
    if (m.find()) {
      return numeric(m);
    }
    m = MONTH_FIRST.matcher(text);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        return day(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
      }
    }
    m = DAY_FIRST.matcher(text);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        return day(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
      }
    }
    return Optional.empty();
  }

  /** Day first unless that is impossible (most of the world writes 22/02/2025). */
  private static Optional<ArticleDate> numeric(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    int day = b > 12 ? b : a;
    int month = b > 12 ? a : b;
    Optional<ArticleDate> date = day(year, month, day);
    if (date.isEmpty() || m.group(4) == null) {
      return date;
    }
    try {
      LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
      return Optional.of(ArticleDate.ofTime(LocalDateTime.of(date.get().day(), time)));
    } catch (DateTimeException e) {
      return date;
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

  private static Map<String, Integer> months() {
    String[] names = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    var map = new java.util.HashMap<String, Integer>();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], i + 1);
      map.put(names[i].substring(0, 3), i + 1);
    }
    map.put("sept", 9);
    return Map.copyOf(map);
  }
}
