package newsearch.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately dumb HTTP/1.1 client over a socket: it sends exactly the bytes it is given (bad
 * percent-encodings, NULs, 100 KB URLs, any method), which {@code java.net.http} refuses to.
 */
final class RawHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, headers (names in lower case), body, and how long it took. */
  record Response(int status, Map<String, String> headers, byte[] body, long micros) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  private final int port;
  private final int timeoutMillis;

  RawHttp(int port, int timeoutMillis) {
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  Response send(String method, String target) throws IOException {
    return send(method, target, "", new byte[0]);
  }

  /** Sends one request line (as given), extra header lines, and a body; reads to the end. */
  Response send(String method, String target, String extraHeaders, byte[] body) throws IOException {
    String head =
        method
            + " "
            + target
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\n"
            + extraHeaders
            + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "")
            + "Connection: close\r\n\r\n";
    var out = new ByteArrayOutputStream();
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    return sendRaw(out.toByteArray());
  }

  /** Sends these bytes as they are and parses whatever comes back. */
  Response sendRaw(byte[] request) throws IOException {
    long start = System.nanoTime();
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
      } catch (IOException e) {
        // The server may answer and close before reading a huge request: read what it said.
      }
      byte[] raw = readAll(socket.getInputStream());
      return parse(raw, (System.nanoTime() - start) / 1000);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    var buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      int n;
      while ((n = in.read(chunk)) > 0) {
        buf.write(chunk, 0, n);
      }
    } catch (SocketException e) {
      // Reset after the answer (the server closed on an unread request body): keep what came.
      if (buf.size() == 0) {
        throw e;
      }
    }
    return buf.toByteArray();
  }

  static Response parse(byte[] raw, long micros) throws IOException {
    String all = new String(raw, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    if (!all.startsWith("HTTP/1.") || end < 0) {
      throw new IOException("not an HTTP response: '" + abbreviate(all) + "'");
    }
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    var headers = new LinkedHashMap<String, String>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(status, headers, body, micros);
  }

  private static byte[] dechunk(byte[] body) {
    var out = new ByteArrayOutputStream();
    int i = 0;
    while (i < body.length) {
      int eol = indexOf(body, i);
      if (eol < 0) {
        break;
      }
      String sizeLine = new String(body, i, eol - i, StandardCharsets.ISO_8859_1).strip();
      int semi = sizeLine.indexOf(';');
      int size = Integer.parseInt(semi < 0 ? sizeLine : sizeLine.substring(0, semi), 16);
      if (size == 0) {
        break;
      }
      out.write(body, eol + 2, Math.min(size, body.length - eol - 2));
      i = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] b, int from) {
    for (int i = from; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }

  static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
