package newsearch.indexer.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsearch.indexer.extract.date.FoundDate.Kind;
import org.junit.jupiter.api.Test;

class DateLineFinderTest {

  @Test
  void aLabelledPublicationBeatsAnEarlierUpdateAndALoneDate() {
    List<String> lines =
        List.of(
            "Harbour reopens after storm",
            "Aktualisiert: 12.03.2024, 18:00",
            "Veröffentlicht am 11.03.2024",
            "The harbour reopened on Sunday after three days of repairs.");
    DateLineFinder.LineDate d = DateLineFinder.find(lines, false).orElseThrow();
    assertEquals("2024-03-11", d.date().iso());
    assertEquals(2, d.line());
    assertEquals(Kind.PUBLISHED, d.kind());
    assertTrue(d.labelled());
  }

  @Test
  void aDateInTheStorysSentenceIsNotThePages() {
    List<String> lines =
        List.of(
            "Mercurial 5.2 was released on November 5, 2019, the first version to support Python"
                + " 3, after years of work by many volunteers in their spare time.");
    assertTrue(DateLineFinder.find(lines, false).isEmpty());
  }

  @Test
  void copyrightsClocksAndAccessDatesAreNeverTaken() {
    List<String> lines =
        List.of(
            "© 12 March 2024 Example Media",
            "Today is 14 March 2024",
            "Accessed 2 February 2024",
            "Registered: 18.09.2008");
    assertTrue(DateLineFinder.find(lines, false).isEmpty());
  }

  @Test
  void anUpdateIsReturnedAsSuchWhenItIsTheOnlyDate() {
    DateLineFinder.LineDate d =
        DateLineFinder.find(List.of("Last updated 03/04/2025"), true).orElseThrow();
    assertEquals("2025-03-04", d.date().iso());
    assertEquals(Kind.UPDATED, d.kind());
  }

  @Test
  void aDatelineOpensTheStory() {
    DateLineFinder.LineDate d =
        DateLineFinder.find(
                List.of("Karlsruhe, (12.11.2021). The churches remember the dead on Sunday."),
                false)
            .orElseThrow();
    assertEquals("2021-11-12", d.date().iso());
    assertTrue(d.alone());
  }
}
