package newsearch.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  private static String iso(String text) {
    return DateParser.parse(text).map(d -> d.iso()).orElse("");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "date 2025-02-23 Preparations for summit; 2025-02-23",
        "22/02/2025 14:49 The Guardian; 2025-02-22T14:49",
        "Release time:2025-02-17; 2025-02-17",
        "February 22, 2025; 2025-02-22",
        "Feb. 22, 2025; 2025-02-22",
        "Sept. 3rd, 2024; 2024-09-03",
        "22 February 2025; 2025-02-22",
        "Sunday, 23 February 2025; 2025-02-23",
        "2025-02-22T14:49:00Z; 2025-02-22T14:49",
        "2025-02-22T14:49:00+03:00; 2025-02-22T14:49",
        "2025/02/22; 2025-02-22",
        "02/22/2025; 2025-02-22",
        "22.02.2025; 2025-02-22",
        "22-02-25; 2025-02-22",
        "Published 02/22/2025 9:15 AM EST; 2025-02-22T09:15",
        "Updated 2:49 PM EST, Sat February 22, 2025; 2025-02-22T14:49",
        "Feb 22, 2025 at 12:05 am; 2025-02-22T00:05",
        "22. Februar 2025, 14:49 Uhr; 2025-02-22T14:49",
        "22 de febrero de 2025; 2025-02-22",
        "22 febbraio 2025; 2025-02-22",
        "22 février 2025; 2025-02-22",
        "22 Şubat 2025; 2025-02-22",
        "February 2025; 2025-02",
        "2025-02; 2025-02",
        "on 3 March and then 22 February 2025; 2025-02-22",
      })
  void readsTheWaysPagesWriteDates(String text, String expected) {
    assertEquals(expected, iso(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "31/02/2025",
        "2025-13-01",
        "February 30, 2025",
        "30 Febbraio 2025",
        "13/13/2025",
        "22/02 14:49",
        "in 2017-2021",
        "",
        "1,094 days",
        "3 March 1066",
      })
  void rejectsImpossibleOrIncompleteDates(String text) {
    assertEquals("", iso(text));
  }

  @Test
  void impossibleTimeKeepsTheDay() {
    assertEquals("2025-02-22", iso("22/02/2025 25:61"));
  }

  @Test
  void ambiguousNumericDateIsDayFirstUnlessThePageIsMonthFirst() {
    assertEquals("2025-04-03", DateParser.find("03/04/2025", false).orElseThrow().date().iso());
    assertEquals("2025-03-04", DateParser.find("03/04/2025", true).orElseThrow().date().iso());
  }

  @Test
  void reportsWhereTheDateIs() {
    String text = "date 2025-02-23 Headline";
    DateParser.Found f = DateParser.find(text, false).orElseThrow();
    assertEquals("2025-02-23", text.substring(f.start(), f.end()));
    assertTrue(text.substring(f.end()).contains("Headline"));
  }
}
