package newsearch.server.search.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import newsearch.server.search.csv.CsvField;

/** Batch rows as CSV: one line per entry, or one per (entry, matching article). */
public final class BatchCsv {

  static final List<String> COLUMNS =
      List.of("label", "query", "total", "stories", "first", "latest", "sources", "warnings");

  static final List<String> HIT_COLUMNS =
      List.of("label", "query", "id", "headline", "source", "date");

  private final Writer writer;
  private final boolean allHits;

  /** A writer of summary lines, or with {@code allHits} of one line per hit. */
  public BatchCsv(Writer writer, boolean allHits) throws IOException {
    this.writer = writer;
    this.allHits = allHits;
    CsvField.row(writer, allHits ? HIT_COLUMNS : COLUMNS);
  }

  public void write(BatchRow row) throws IOException {
    if (!allHits) {
      CsvField.row(
          writer,
          List.of(
              nonNull(row.label()),
              row.query(),
              Long.toString(row.total()),
              Long.toString(row.stories()),
              row.first() == null ? "" : row.first().date(),
              row.latest() == null ? "" : row.latest().date(),
              row.bySource().stream()
                  .map(c -> c.value() + " (" + c.count() + ")")
                  .collect(Collectors.joining("; ")),
              String.join(" ", row.warnings())));
      return;
    }
    for (BatchHit hit : row.hits()) {
      CsvField.row(
          writer,
          List.of(
              nonNull(row.label()),
              row.query(),
              hit.id(),
              nonNull(hit.headline()),
              nonNull(hit.source()),
              nonNull(hit.date())));
    }
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
