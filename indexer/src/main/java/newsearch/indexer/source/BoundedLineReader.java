package newsearch.indexer.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines from a stream with a cap on line length, so that one huge line (a 10 MB "line",
 * a file with no newlines) costs bounded memory: the over-long line is skipped and reported as too
 * long, and reading goes on with the next line.
 */
public final class BoundedLineReader implements Closeable {

  /** One line: its number counting from 1, and its text unless it was longer than the cap. */
  public record Line(long number, String text, boolean tooLong) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineNumber;

  public BoundedLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line without its terminator, or null at the end of the stream. */
  public Line readLine() throws IOException {
    lineLength = 0;
    boolean overflow = false;
    boolean sawAny = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int chunk = pos - start;
      if (!overflow) {
        if (lineLength + chunk > maxLineBytes) {
          overflow = true;
        } else {
          append(start, chunk);
        }
      }
      if (pos < limit) {
        pos++; // the newline
        break;
      }
    }
    lineNumber++;
    if (overflow) {
      return new Line(lineNumber, "", true);
    }
    int n = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
    return new Line(lineNumber, new String(line, 0, n, StandardCharsets.UTF_8), false);
  }

  private void append(int start, int chunk) {
    if (lineLength + chunk > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + chunk));
    }
    System.arraycopy(buffer, start, line, lineLength, chunk);
    lineLength += chunk;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
