package newsearch.server.search.lucene.facet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.server.search.DateHistogram;
import newsearch.server.search.FacetValue;

/** Buckets the matches per day ({@link FacetCollector}) readably: the date histogram. */
public final class DateBuckets {

  /** Aim for at most about this many bars: readable on a phone, detailed on a desktop. */
  private static final int MAX_BUCKETS = 60;

  static final int FIRST_DAY = (int) LocalDate.of(1800, 1, 1).toEpochDay();
  static final int LAST_DAY = (int) LocalDate.of(2200, 1, 1).toEpochDay();

  private DateBuckets() {}

  /** The histogram of the matches counted, at a readable interval. */
  public static DateHistogram count(FacetCollector matches) {
    return count(matches, Optional.empty());
  }

  /**
   * The same, each bucket with its share of {@code all} (every article with the same filters) when
   * given.
   */
  public static DateHistogram count(FacetCollector matches, Optional<FacetCollector> all) {
    int min = matches.minDay();
    int max = matches.maxDay();
    long undated = matches.undated();
    if (min > max) {
      return new DateHistogram("day", List.of(), undated);
    }
    String interval = interval(max - min + 1);
    var buckets = new ArrayList<FacetValue>();
    // Every bucket of the span, so that empty ones appear and the chart's axis is even; a key
    // per bucket, not per day (per-day keys were ~10% of a search's profile samples).
    for (int day = min; day <= max; ) {
      LocalDate first = LocalDate.ofEpochDay(day);
      long end = Math.min(max + 1L, next(first, interval).toEpochDay());
      long count = 0;
      long base = 0;
      for (; day < end; day++) {
        count += matches.perDay(day);
        if (all.isPresent()) {
          base += all.get().perDay(day);
        }
      }
      buckets.add(
          new FacetValue(
              bucket(first, interval),
              count,
              all.isPresent() ? TopSources.share(count, base) : null));
    }
    return new DateHistogram(interval, buckets, undated);
  }

  static String interval(int spanDays) {
    if (spanDays <= MAX_BUCKETS) {
      return "day";
    } else if (spanDays <= MAX_BUCKETS * 7) {
      return "week";
    } else if (spanDays <= MAX_BUCKETS * 31) {
      return "month";
    }
    return "year";
  }

  static String bucket(LocalDate day, String interval) {
    return switch (interval) {
      case "day" -> day.toString();
      case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      case "month" -> day.toString().substring(0, 7);
      default -> day.toString().substring(0, 4);
    };
  }

  /** The first day of the bucket after the one {@code day} is in. */
  private static LocalDate next(LocalDate day, String interval) {
    return switch (interval) {
      case "day" -> day.plusDays(1);
      case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
      case "month" -> day.withDayOfMonth(1).plusMonths(1);
      default -> day.withDayOfYear(1).plusYears(1);
    };
  }
}
