package newsearch.server.search.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV fields as a spreadsheet reads them: quoted where needed, never run as a formula. */
class CsvFieldTest {

  @Test
  void aLeadingFormulaCharacterIsNeutralised() {
    assertEquals("'=1+1", CsvField.of("=1+1"));
    assertEquals("'+44 20", CsvField.of("+44 20"));
    assertEquals("'-5", CsvField.of("-5"));
    assertEquals("'@SUM(A1)", CsvField.of("@SUM(A1)"));
  }

  @Test
  void aLeadingTabOrCarriageReturnIsNeutralisedToo() {
    // Spreadsheets strip a leading tab or CR and then read what follows as a formula.
    assertEquals("'\t=cmd", CsvField.of("\t=cmd"));
    assertEquals("\"'\r=cmd\"", CsvField.of("\r=cmd"));
  }

  @Test
  void separatorsQuotesAndLineBreaksAreQuoted() {
    assertEquals("\"a, b\"", CsvField.of("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvField.of("say \"hi\""));
    assertEquals("\"one\ntwo\"", CsvField.of("one\ntwo"));
    assertEquals("plain", CsvField.of("plain"));
    assertEquals("", CsvField.of(null));
  }

  @Test
  void aRowEndsWithCrlf() throws IOException {
    var out = new StringWriter();
    CsvField.row(out, Arrays.asList("a", null, "b,c"));
    assertEquals("a,,\"b,c\"\r\n", out.toString());
    out = new StringWriter();
    CsvField.row(out, List.of());
    assertEquals("\r\n", out.toString());
  }
}
