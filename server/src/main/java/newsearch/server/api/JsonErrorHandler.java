package newsearch.server.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a URL or headers too large, a malformed request) answered in the API's JSON
 * shape instead of Jetty's HTML page: these never reach Javalin.
 */
final class JsonErrorHandler extends ErrorHandler {

  /** Jetty writes error bodies only for GET, POST and HEAD; a bad PUT got an empty 400. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    // HTTP/9.9 or a bare HTTP/0.9 request line is a malformed request, the client's error: Jetty's
    // 505 would count as a server failure in every monitor.
    int status = code == 505 ? 400 : code;
    response.setStatus(status);
    // Jetty closes the connection after a request it could not parse, but without saying so a
    // client pools it and its next request on it fails ("received no bytes").
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Content-Security-Policy", SearchApi.CONTENT_SECURITY_POLICY);
    response.write(true, ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static String json(int status) {
    String reason =
        switch (status) {
          case 414 -> "The URL is too long (at most 64 KB)";
          case 431 -> "The request headers are too large (at most 64 KB)";
          case 413 -> "The request body is too large";
          case 404 -> "Not found";
          case 505 -> "Unsupported HTTP version: use HTTP/1.1";
          default -> status >= 500 ? "Internal error" : "Bad request";
        };
    return "{\"status\":" + status + ",\"error\":\"" + reason + "\"}";
  }
}
