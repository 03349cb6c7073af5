package newsearch.indexer.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlDatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://example.org/2019/03/14/mayor-opens-library/, 2019-03-14",
    "https://example.org/news/20190314/mayor, 2019-03-14",
    "https://example.org/news/2019-03-14-mayor-opens-library, 2019-03-14",
    "https://example.org/meldungen/29-10-2021, 2021-10-29",
    "https://example.org/2019/03/mayor.html, ''",
    "https://www2019.example.org/story/12345678, ''",
    "https://example.org/2019/13/45/nothing, ''",
  })
  void readsTheDayInTheAddress(String url, String expected) {
    assertEquals(expected, UrlDates.find(url, false).map(d -> d.iso()).orElse(""));
  }
}
