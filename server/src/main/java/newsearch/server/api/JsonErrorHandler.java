package newsearch.server.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String reason =
        switch (code) {
          case 414 -> "The URL is too long (at most 64 KB)";
          case 431 -> "The request headers are too large (at most 64 KB)";
          case 413 -> "The request body is too large";
          default -> "Bad request";
        };
    String json = "{\"status\":" + code + ",\"error\":\"" + reason + "\"}";
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
