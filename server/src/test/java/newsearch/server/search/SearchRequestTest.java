package newsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

  private static SearchRequest request(String q, int page, int size) {
    return new SearchRequest(
        q,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        page,
        size,
        true,
        true);
  }

  @Test
  void defaultsToRelevanceWithAQueryAndNewestWithout() {
    assertEquals(SortOrder.RELEVANCE, request("putin", 1, 10).effectiveSort());
    assertEquals(SortOrder.NEWEST, request("  ", 1, 10).effectiveSort());
  }

  @Test
  void resultWindowEndsAtTenThousand() {
    request("", 100, 100);
    var e = assertThrows(IllegalArgumentException.class, () -> request("", 101, 100));
    assertEquals(
        "Parameter 'page' is past the result window: page × size must be at most 10000, was 10100;"
            + " narrow the search instead",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> request("", Integer.MAX_VALUE, 100));
  }

  @Test
  void fromAfterToIsRefused() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new SearchRequest(
                    "",
                    List.of(),
                    Optional.of(LocalDate.of(2025, 3, 1)),
                    Optional.of(LocalDate.of(2025, 2, 1)),
                    false,
                    Optional.empty(),
                    1,
                    10,
                    true,
                    true));
    assertEquals("Parameter 'from' (2025-03-01) is after 'to' (2025-02-01)", e.getMessage());
  }

  @Test
  void blankAndRepeatedSourcesAreDropped() {
    var r =
        new SearchRequest(
            "",
            List.of("Reuters", " ", "Reuters "),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.empty(),
            1,
            10,
            true,
            true);
    assertEquals(List.of("Reuters"), r.sources());
  }
}
