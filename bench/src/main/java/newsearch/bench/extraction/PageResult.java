package newsearch.bench.extraction;

import java.util.Optional;

/**
 * What the indexer made of one benchmark page: its body score (empty when the benchmark does not
 * judge bodies), and the date it gave beside the true one.
 */
public record PageResult(
    String id, boolean found, Optional<ShingleScore> body, String date, Optional<String> trueDate) {

  /** Whether the date given is the true day. */
  public boolean rightDay() {
    return trueDate.isPresent()
        && date.length() >= 10
        && date.substring(0, 10).equals(trueDate.get());
  }
}
