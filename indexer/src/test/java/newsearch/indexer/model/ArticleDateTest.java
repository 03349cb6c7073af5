package newsearch.indexer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleDateTest {

  private static String iso(String text) {
    return ArticleDate.parseIso(text).map(ArticleDate::iso).orElse("none");
  }

  @Test
  void keepsThePrecisionGiven() {
    assertEquals("1987-02", iso("1987-02"));
    assertEquals("2019-11-30", iso("2019-11-30"));
    assertEquals("1987-02-26T15:01:01", iso("1987-02-26T15:01:01"));
    assertEquals("2025-02-22T14:49", iso("2025-02-22T14:49:00Z"));
    assertEquals("2025-02-22T14:49", iso("2025-02-22 14:49+01:00"));
  }

  @Test
  void impossibleAndImplausibleDatesAreEmpty() {
    assertEquals("none", iso("2025-02-30"));
    assertEquals("none", iso("2025-13-01"));
    assertEquals("none", iso("0001-11-30"));
    assertEquals("none", iso("2950-09-30"));
    assertEquals("none", iso("yesterday"));
    assertTrue(ArticleDate.parseIso(null).isEmpty());
  }

  @Test
  void aMonthCountsAsItsFirstDay() {
    Optional<ArticleDate> d = ArticleDate.parseIso("2024-02");
    assertEquals("2024-02-01", d.orElseThrow().day().toString());
  }
}
