package newsearch.server.api;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SortOrder;

/** Reads query parameters, answering a bad value with a message that names it. */
final class RequestParams {

  private RequestParams() {}

  static SearchRequest searchRequest(Context ctx) {
    return new SearchRequest(
        ctx.queryParam("q"),
        ctx.queryParams("source"),
        date(ctx, "from"),
        date(ctx, "to"),
        bool(ctx, "undated", false),
        string(ctx, "sort").map(SortOrder::parse),
        integer(ctx, "page", 1),
        integer(ctx, "size", 10),
        bool(ctx, "facets", true),
        bool(ctx, "highlight", true),
        bool(ctx, "dedupe", true),
        number(ctx, "minConfidence", 0),
        bool(ctx, "literal", false),
        integer(ctx, "minOutlets", 1),
        histogram(ctx));
  }

  /** {@code histogram=share} asks for shares beside the counts; {@code count} is the default. */
  private static boolean histogram(Context ctx) {
    String v = string(ctx, "histogram").map(h -> h.toLowerCase(Locale.ROOT)).orElse("count");
    return switch (v) {
      case "count" -> false;
      case "share" -> true;
      default ->
          throw new IllegalArgumentException(
              "Parameter 'histogram' must be count or share, was '" + abbreviate(v) + "'");
    };
  }

  /**
   * The filters of a search (sources, dates, confidence, outlets) without its query, page or sort:
   * what a batch or a feed applies to each of its queries.
   */
  static SearchRequest filters(Context ctx) {
    return new SearchRequest(
        "",
        ctx.queryParams("source"),
        date(ctx, "from"),
        date(ctx, "to"),
        bool(ctx, "undated", false),
        Optional.empty(),
        1,
        1,
        false,
        false,
        false,
        number(ctx, "minConfidence", 0),
        false,
        integer(ctx, "minOutlets", 1));
  }

  /** The most a batch list or a standing list may hold. */
  static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  /**
   * The request body as UTF-8 text, at most {@link #MAX_BODY_BYTES}; a larger one, by its declared
   * length or by what arrives, is a 413 naming {@code what}.
   */
  static String text(Context ctx, String what) throws IOException {
    long declared = ctx.contentLength();
    byte[] bytes =
        declared > MAX_BODY_BYTES
            ? new byte[MAX_BODY_BYTES + 1]
            : ctx.req().getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ContentTooLargeResponse(
          what
              + " must be at most 2 MB"
              + (declared > 0 ? ", was " + declared + " bytes" : "")
              + ": split it into several");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static double number(Context ctx, String name, double fallback) {
    Optional<String> v = string(ctx, name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.get());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Parameter '" + name + "' must be a number, was '" + abbreviate(v.get()) + "'");
    }
  }

  static Optional<String> string(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  static int integer(Context ctx, String name, int fallback) {
    Optional<String> v = string(ctx, name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.get());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Parameter '" + name + "' must be a whole number, was '" + abbreviate(v.get()) + "'");
    }
  }

  static boolean bool(Context ctx, String name, boolean fallback) {
    Optional<String> v = string(ctx, name);
    if (v.isEmpty()) {
      return fallback;
    }
    return switch (v.get().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default ->
          throw new IllegalArgumentException(
              "Parameter '" + name + "' must be true or false, was '" + abbreviate(v.get()) + "'");
    };
  }

  static Optional<LocalDate> date(Context ctx, String name) {
    Optional<String> v = string(ctx, name);
    try {
      return v.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Parameter '" + name + "' must be a date yyyy-mm-dd, was '" + abbreviate(v.get()) + "'");
    }
  }

  /** Echoing a 100 KB value back in an error helps nobody. */
  static String abbreviate(String value) {
    return value.length() > 60 ? value.substring(0, 60) + "…" : value;
  }
}
