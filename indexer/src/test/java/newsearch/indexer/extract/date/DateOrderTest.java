package newsearch.indexer.extract.date;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DateOrderTest {

  @Test
  void unambiguousFullDatesDecide() {
    assertTrue(DateOrder.monthFirst("Posted 02/22/2025 and 03/04/2025", "de"));
    assertFalse(DateOrder.monthFirst("Posted 22/02/2025 and 03/04/2025", "en-US"));
  }

  @Test
  void pricesAndDecimalsAreNoEvidence() {
    assertFalse(DateOrder.monthFirst("Now 3.99 €, was 4.25 €; $13.50; up 0.25 points", ""));
  }

  @Test
  void withoutEvidenceUsEnglishIsMonthFirst() {
    assertTrue(DateOrder.monthFirst("03/04/2025", "en-US"));
    assertFalse(DateOrder.monthFirst("03/04/2025", "en-GB"));
    assertFalse(DateOrder.monthFirst("03/04/2025", ""));
  }

  @Test
  void theMetadataDayResolvesAnAmbiguousDate() {
    assertTrue(DateOrder.monthFirst("11/01/2021", "", Set.of(LocalDate.of(2021, 11, 1))));
    assertFalse(DateOrder.monthFirst("11/01/2021", "", Set.of(LocalDate.of(2021, 1, 11))));
  }
}
