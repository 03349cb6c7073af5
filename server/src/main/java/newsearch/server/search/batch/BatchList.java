package newsearch.server.search.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of queries as a user brings it, read into batch entries: rows with the same label become
 * one entry, in the order each label first appears.
 */
public final class BatchList {

  public static final int MAX_QUERIES = 10_000;

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE).build();

  private BatchList() {}

  /** One query per line, verbatim; blank lines are skipped. */
  public static List<BatchEntry> fromText(String text) {
    var queries = new ArrayList<String[]>();
    for (String line : withoutBom(text).split("\r\n|\r|\n")) {
      if (!line.isBlank()) {
        queries.add(new String[] {null, line.strip()});
      }
    }
    return merged(queries);
  }

  /**
   * One query per line, or {@code label<TAB>query}: a standing list in the lists folder. Lines
   * starting with {@code #} are comments.
   */
  public static List<BatchEntry> fromListFile(String text) {
    var queries = new ArrayList<String[]>();
    for (String line : withoutBom(text).split("\r\n|\r|\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab >= 0 && !line.substring(tab + 1).isBlank()) {
        queries.add(new String[] {label(line.substring(0, tab)), line.substring(tab + 1).strip()});
      } else {
        queries.add(new String[] {null, line.strip()});
      }
    }
    return merged(queries);
  }

  /** A header row naming a {@code query} column and, optionally, a {@code label} column. */
  public static List<BatchEntry> fromCsv(String text) {
    var queries = new ArrayList<String[]>();
    try (MappingIterator<Map<String, String>> rows =
        CSV.readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(withoutBom(text))) {
      String queryColumn = null;
      String labelColumn = null;
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        if (queryColumn == null) {
          queryColumn = column(row, "query");
          labelColumn = column(row, "label");
          if (queryColumn == null) {
            throw new IllegalArgumentException(
                "The CSV has no 'query' column: its first row must name the columns, such as"
                    + " label,query");
          }
        }
        String query = row.get(queryColumn);
        if (query != null && !query.isBlank()) {
          queries.add(
              new String[] {
                labelColumn == null ? null : label(row.get(labelColumn)), query.strip()
              });
        }
      }
    } catch (IOException | RuntimeJsonMappingException e) {
      throw new IllegalArgumentException("The CSV could not be read: " + firstLine(e.getMessage()));
    }
    return merged(queries);
  }

  private static String column(Map<String, String> row, String name) {
    return row.keySet().stream()
        .filter(k -> k.strip().toLowerCase(Locale.ROOT).equals(name))
        .findFirst()
        .orElse(null);
  }

  private static String label(String label) {
    return label == null || label.isBlank() ? null : label.strip();
  }

  private static List<BatchEntry> merged(List<String[]> queries) {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("The list holds no query: send one query per line");
    }
    if (queries.size() > MAX_QUERIES) {
      throw new IllegalArgumentException(
          "A batch takes at most " + MAX_QUERIES + " queries, was " + queries.size());
    }
    var byLabel = new LinkedHashMap<Object, List<String>>();
    for (String[] q : queries) {
      // A query without a label is an entity of its own, even when another has the same text.
      Object key = q[0] == null ? new Object() : q[0];
      byLabel.computeIfAbsent(key, k -> new ArrayList<>()).add(q[1]);
    }
    var entries = new ArrayList<BatchEntry>(byLabel.size());
    byLabel.forEach(
        (key, list) -> entries.add(new BatchEntry(key instanceof String s ? s : null, list)));
    return entries;
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
