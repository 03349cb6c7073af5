package newsearch.server.search;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/** Counts matching articles per day from the index's day values, then buckets them readably. */
final class DateHistograms {

  /** Aim for at most about this many bars: readable on a phone, detailed on a desktop. */
  private static final int MAX_BUCKETS = 60;

  private static final int FIRST_DAY = (int) LocalDate.of(1800, 1, 1).toEpochDay();
  private static final int LAST_DAY = (int) LocalDate.of(2200, 1, 1).toEpochDay();

  private DateHistograms() {}

  static DateHistogram count(FacetsCollector matches) throws IOException {
    // One counter per possible day is ~150k ints: cheaper than a map for large result sets.
    int[] perDay = new int[LAST_DAY - FIRST_DAY];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    long undated = 0;
    for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
      SortedNumericDocValues days =
          DocValues.getSortedNumeric(docs.context().reader(), IndexSchema.DAY);
      DocIdSetIterator it = docs.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (days.advanceExact(doc)) {
          int day = (int) days.nextValue();
          if (day >= FIRST_DAY && day < LAST_DAY) {
            perDay[day - FIRST_DAY]++;
            min = Math.min(min, day);
            max = Math.max(max, day);
          }
        } else {
          undated++;
        }
      }
    }
    if (min > max) {
      return new DateHistogram("day", List.of(), undated);
    }
    String interval = interval(max - min + 1);
    var buckets = new LinkedHashMap<String, Long>();
    // Walk every day of the span so that empty buckets appear and the chart's axis is even.
    for (int day = min; day <= max; day++) {
      buckets.merge(
          bucket(LocalDate.ofEpochDay(day), interval), (long) perDay[day - FIRST_DAY], Long::sum);
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
