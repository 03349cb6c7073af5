package newsearch.server.search.story;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import newsearch.server.search.csv.CsvField;

/** A story's versions as CSV: one row a version, in time order, with its counts of changes. */
public final class StoryCsv {

  static final List<String> COLUMNS =
      List.of("id", "source", "date", "url", "added", "removed", "changed", "headline");

  private StoryCsv() {}

  /** Writes the header and one row per version of {@code story} to {@code out}, in UTF-8. */
  public static void write(StoryView story, OutputStream out) throws IOException {
    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CsvField.row(writer, COLUMNS);
    for (Version v : story.versions()) {
      CsvField.row(
          writer,
          List.of(
              v.id(),
              nonNull(v.source()),
              nonNull(v.date()),
              nonNull(v.url()),
              String.valueOf(v.count(Change.Op.ADDED)),
              String.valueOf(v.count(Change.Op.REMOVED)),
              String.valueOf(v.count(Change.Op.CHANGED)),
              nonNull(v.headline())));
    }
    writer.flush();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
