package newsearch.indexer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

  private static BoundedLineReader reader(String text, int max) {
    return new BoundedLineReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
  }

  @Test
  void readsLinesWithTheirNumbersAndWithoutTerminators() throws IOException {
    var lines = reader("one\r\ntwo\n\nthree", 100);
    assertEquals("one", lines.readLine().text());
    assertEquals("two", lines.readLine().text());
    assertEquals("", lines.readLine().text());
    BoundedLineReader.Line last = lines.readLine();
    assertEquals("three", last.text());
    assertEquals(4, last.number());
    assertNull(lines.readLine());
  }

  @Test
  void anOverlongLineIsReportedAndTheNextOneRead() throws IOException {
    var lines = reader("short\n" + "x".repeat(200_000) + "\nafter\n", 1000);
    assertEquals("short", lines.readLine().text());
    BoundedLineReader.Line big = lines.readLine();
    assertTrue(big.tooLong());
    assertEquals(2, big.number());
    assertEquals("after", lines.readLine().text());
  }

  @Test
  void multiByteCharactersSurviveBufferBoundaries() throws IOException {
    String text = "é".repeat(70_000);
    assertEquals(text, reader(text + "\n", 1 << 20).readLine().text());
  }
}
