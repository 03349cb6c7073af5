package newsearch.indexer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Reads a whole page file as text, refusing what is not a text page: too large, empty, binary. */
public final class PageText {

  /** Pages are at most this large; a larger "page" is a dump, not an article. */
  public static final long MAX_PAGE_BYTES = 16L * 1024 * 1024;

  private static final int SNIFF_BYTES = 8192;

  private PageText() {}

  /**
   * The file's text, decoded as UTF-8 (or Windows-1252 when it is not UTF-8, as older scraped pages
   * often are).
   *
   * @throws FileSkipped when the file is empty, too large, binary or unreadable
   */
  public static String read(CorpusFile file) throws FileSkipped {
    return decode(bytes(file));
  }

  /**
   * The file's bytes, for a reader that decodes them itself (an HTML page declares its charset).
   *
   * @throws FileSkipped when the file is empty, too large, binary or unreadable
   */
  public static byte[] bytes(CorpusFile file) throws FileSkipped {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file.path())) {
      bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
    } catch (IOException e) {
      throw new FileSkipped("cannot read: " + e.getMessage());
    }
    if (bytes.length > MAX_PAGE_BYTES) {
      throw new FileSkipped("too large (over " + MAX_PAGE_BYTES / (1024 * 1024) + " MB)");
    }
    if (isBlank(bytes)) {
      throw new FileSkipped("empty");
    }
    if (looksBinary(bytes)) {
      throw new FileSkipped("binary, not text");
    }
    return bytes;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b & 0xff)) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes or many control characters near the start mean a binary file. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > n / 10;
  }

  static String decode(byte[] bytes) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes));
      String s = chars.toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
