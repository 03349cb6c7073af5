package newsearch.server.search.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.ExportFormat;
import newsearch.server.search.csv.CsvField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/** Streams every article matching a query as CSV or JSON lines. */
final class Exporter {

  private static final List<String> COLUMNS =
      List.of(
          IndexSchema.ID,
          IndexSchema.HEADLINE,
          IndexSchema.DATE,
          IndexSchema.SOURCE,
          IndexSchema.URL);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IndexSearcher searcher;
  private final ExportFormat format;
  private final boolean withBody;

  Exporter(IndexSearcher searcher, ExportFormat format, boolean withBody) {
    this.searcher = searcher;
    this.format = format;
    this.withBody = withBody;
  }

  /**
   * Writes at most {@code cap} articles in the order of {@code sort} (empty: by score), found in
   * one pass under the searcher's time limit, reading only the exported fields.
   *
   * @throws IllegalArgumentException when the search ran out of time, before anything is written
   */
  long write(Query query, Optional<Sort> sort, int cap, OutputStream out) throws IOException {
    int n = Math.max(1, Math.min(cap, searcher.getIndexReader().maxDoc()));
    TopDocs found;
    try {
      found = sort.isPresent() ? searcher.search(query, n, sort.get()) : searcher.search(query, n);
    } catch (ExitingReaderException e) {
      throw tooLong();
    }
    if (searcher.timedOut()) {
      throw tooLong();
    }
    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    List<String> columns = withBody ? append(COLUMNS, IndexSchema.BODY) : COLUMNS;
    Set<String> fields = Set.copyOf(columns);
    if (format == ExportFormat.CSV) {
      CsvField.row(writer, columns);
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : found.scoreDocs) {
      row(stored.document(sd.doc, fields), columns, writer);
    }
    writer.flush();
    return found.scoreDocs.length;
  }

  private static IllegalArgumentException tooLong() {
    return new IllegalArgumentException(
        "The export took too long to find its articles: narrow the query or the filters");
  }

  private void row(Document doc, List<String> columns, BufferedWriter writer) throws IOException {
    if (format == ExportFormat.JSONL) {
      var map = new LinkedHashMap<String, String>();
      columns.forEach(c -> map.put(c, doc.get(c)));
      writer.write(JSON.writeValueAsString(map));
      writer.write("\n");
      return;
    }
    var values = new ArrayList<String>(columns.size());
    columns.forEach(c -> values.add(doc.get(c)));
    CsvField.row(writer, values);
  }

  private static List<String> append(List<String> list, String item) {
    var copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
