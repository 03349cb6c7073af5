package newsearch.server.search.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A value as a CSV field, and a row of them: what the search export and the story export write. */
public final class CsvField {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvField() {}

  /**
   * RFC 4180 quoting; a leading = + - @, tab or carriage return is neutralised so spreadsheets do
   * not run it as a formula (they strip a leading tab or CR and read on).
   */
  public static String of(String value) {
    if (value == null) {
      return "";
    }
    String v =
        !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /** Writes one row of fields, quoted, ended by CRLF as RFC 4180 asks. */
  public static void row(Writer writer, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(of(values.get(i)));
    }
    writer.write("\r\n");
  }
}
