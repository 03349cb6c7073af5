package newsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateHistogramsTest {

  @Test
  void intervalGivesAtMostAboutSixtyBars() {
    assertEquals("day", DateHistograms.interval(1));
    assertEquals("day", DateHistograms.interval(60));
    assertEquals("week", DateHistograms.interval(61));
    assertEquals("week", DateHistograms.interval(365));
    assertEquals("month", DateHistograms.interval(421));
    assertEquals("year", DateHistograms.interval(20 * 365));
  }

  @Test
  void weeksAreNamedByTheirMonday() {
    assertEquals("2025-02-17", DateHistograms.bucket(LocalDate.of(2025, 2, 23), "week"));
    assertEquals("2025-02", DateHistograms.bucket(LocalDate.of(2025, 2, 23), "month"));
    assertEquals("2025", DateHistograms.bucket(LocalDate.of(2025, 2, 23), "year"));
  }
}
