package newsearch.bench.extraction;

import java.util.Optional;

/**
 * What the indexer made of one benchmark page: its body score (empty when the benchmark does not
 * judge bodies), the date it gave beside the true one, its headline and source beside the label,
 * and the confidence its extraction gave the body (-1 when the index kept none).
 */
public record PageResult(
    String id,
    boolean found,
    Optional<ShingleScore> body,
    String date,
    Optional<String> trueDate,
    String headline,
    String source,
    Optional<Labels.Label> label,
    double confidence) {

  /** Whether the date given is the true day. */
  public boolean rightDay() {
    return trueDate.isPresent()
        && date.length() >= 10
        && date.substring(0, 10).equals(trueDate.get());
  }

  /** Whether the headline is the labelled one. */
  public boolean rightHeadline() {
    return label.isPresent() && Labels.sameHeadline(label.get().headline(), headline);
  }

  /** Whether the source is the labelled outlet (false where the page names none). */
  public boolean rightSource() {
    return label
        .flatMap(Labels.Label::source)
        .filter(s -> Labels.sameSource(s, source))
        .isPresent();
  }
}
