package newsearch.server.search.lucene.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateBucketsTest {

  @Test
  void intervalGivesAtMostAboutSixtyBars() {
    assertEquals("day", DateBuckets.interval(1));
    assertEquals("day", DateBuckets.interval(60));
    assertEquals("week", DateBuckets.interval(61));
    assertEquals("week", DateBuckets.interval(365));
    assertEquals("month", DateBuckets.interval(421));
    assertEquals("year", DateBuckets.interval(20 * 365));
  }

  @Test
  void weeksAreNamedByTheirMonday() {
    assertEquals("2025-02-17", DateBuckets.bucket(LocalDate.of(2025, 2, 23), "week"));
    assertEquals("2025-02", DateBuckets.bucket(LocalDate.of(2025, 2, 23), "month"));
    assertEquals("2025", DateBuckets.bucket(LocalDate.of(2025, 2, 23), "year"));
  }
}
