package newsearch.indexer.extract.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page's bytes as a browser would: byte-order mark first, then the charset the page
 * declares ({@code <meta charset>}, {@code http-equiv} Content-Type, XML declaration), then UTF-8
 * when the bytes are valid UTF-8, else Windows-1252.
 */
public final class PageCharset {

  /** Browsers look for the declaration in the first 1024 bytes; real pages put it later too. */
  private static final int PRESCAN_BYTES = 8192;

  private static final Pattern DECLARED =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)"
              + "|<\\?xml[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)",
          Pattern.CASE_INSENSITIVE);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PageCharset() {}

  /** The page's text. */
  public static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Optional<String> utf8 = strictUtf8(bytes);
    Optional<Charset> declared = declared(bytes);
    // Pages that declare a single-byte charset but hold valid multi-byte UTF-8 are mislabelled:
    // such byte sequences almost never occur by chance in single-byte text.
    if (utf8.isPresent() && (declared.isEmpty() || hasMultiByte(bytes))) {
      return utf8.get();
    }
    return new String(bytes, declared.orElse(WINDOWS_1252));
  }

  /** The charset the page declares, if it names one Java knows. */
  static Optional<Charset> declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), WINDOWS_1252);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String label = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    // The WHATWG encoding standard maps these labels to Windows-1252, and a page in UTF-16 cannot
    // have declared it in ASCII bytes.
    if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    if (label.startsWith("utf-16")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      return Optional.of(Charset.forName(label));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    // The fast decoder marks each malformed sequence with U+FFFD: without one the bytes were valid,
    // and only a page that holds the mark needs the slow strict decoder to tell.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return Optional.of(lenient);
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean hasMultiByte(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
