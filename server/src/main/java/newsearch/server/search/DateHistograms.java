package newsearch.server.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Buckets the matches per day ({@link FacetCounts}) readably. */
final class DateHistograms {

  /** Aim for at most about this many bars: readable on a phone, detailed on a desktop. */
  private static final int MAX_BUCKETS = 60;

  static final int FIRST_DAY = (int) LocalDate.of(1800, 1, 1).toEpochDay();
  static final int LAST_DAY = (int) LocalDate.of(2200, 1, 1).toEpochDay();

  private DateHistograms() {}

  static DateHistogram count(FacetCounts matches) {
    int min = matches.minDay();
    int max = matches.maxDay();
    long undated = matches.undated();
    if (min > max) {
      return new DateHistogram("day", List.of(), undated);
    }
    String interval = interval(max - min + 1);
    var buckets = new LinkedHashMap<String, Long>();
    // Walk every day of the span so that empty buckets appear and the chart's axis is even.
    for (int day = min; day <= max; day++) {
      buckets.merge(
          bucket(LocalDate.ofEpochDay(day), interval), (long) matches.perDay(day), Long::sum);
    }
    return new DateHistogram(interval, toList(buckets), undated);
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

  private static List<FacetValue> toList(Map<String, Long> buckets) {
    var list = new ArrayList<FacetValue>(buckets.size());
    buckets.forEach((k, v) -> list.add(new FacetValue(k, v)));
    return list;
  }
}
