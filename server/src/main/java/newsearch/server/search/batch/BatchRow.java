package newsearch.server.search.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one entry of a batch matched, with the batch's filters.
 *
 * @param query the entry's queries as one search ({@link BatchEntry#query()})
 * @param label the entry's label; null without one
 * @param total matching articles, every version of a story counted
 * @param stories matching stories
 * @param bySource the sources with most matches, largest first, at most {@link #TOP_SOURCES}
 * @param byMonth matches per month {@code yyyy-mm}, every month from the first to the last
 * @param first the earliest dated match; null when none is dated
 * @param latest the newest dated match; null when none is dated
 * @param hits the best matches by relevance
 * @param warnings what was not understood, suggested or cut short
 * @param cut whether the counts are incomplete: the query ran out of its time
 */
public record BatchRow(
    String query,
    String label,
    long total,
    long stories,
    List<BatchCount> bySource,
    List<BatchCount> byMonth,
    BatchHit first,
    BatchHit latest,
    List<BatchHit> hits,
    List<String> warnings,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean cut) {

  public static final int TOP_SOURCES = 10;

  public BatchRow {
    bySource = List.copyOf(bySource);
    byMonth = List.copyOf(byMonth);
    hits = List.copyOf(hits);
    warnings = List.copyOf(warnings);
  }

  /** The row of an entry that was not run: the batch had spent its time. */
  public static BatchRow skipped(BatchEntry entry, String why) {
    return new BatchRow(
        entry.query(),
        entry.label(),
        0,
        0,
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        List.of(why),
        true);
  }
}
