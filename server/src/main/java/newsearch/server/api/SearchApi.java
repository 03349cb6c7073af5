package newsearch.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import newsearch.server.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** All routes, security headers and error mapping of the server, in one place. */
public final class SearchApi {

  private static final Logger LOG = LoggerFactory.getLogger(SearchApi.class);
  private static final Logger ACCESS = LoggerFactory.getLogger("newsearch.access");

  /** Request URLs and headers up to this size reach the application (Jetty's default is 8 KB). */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  /** The page's own files only: no inline script or style, no third-party origin. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " form-action 'self'";

  /** Searches at once unless told otherwise: two a core. */
  public static final int DEFAULT_SLOTS = SearchSlots.DEFAULT;

  private SearchApi() {}

  /** The configured app, not started: {@code ServerMain} starts it on its port, tests on port 0. */
  public static Javalin create(SearchService service) {
    return create(service, SearchSlots.DEFAULT);
  }

  /** The app with {@code slots} searches at once; one that waits a second for a slot gets a 503. */
  public static Javalin create(SearchService service, int slots) {
    return create(service, slots, FeedSettings.NONE);
  }

  /** The app with {@code slots} searches at once, and feeds and lists as {@code feeds} says. */
  public static Javalin create(SearchService service, int slots, FeedSettings feeds) {
    var controller = new SearchController(service);
    var alerts = new FeedController(service, feeds);
    var batches = new BatchController(service);
    var slot = new SearchSlots(slots);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.http.prefer405over404 = true;
          config.http.maxRequestSize = MAX_HEADER_BYTES;
          config.staticFiles.add("/public", Location.CLASSPATH);
          config.jetty.modifyHttpConfiguration(
              http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
              });
          config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
          config.requestLogger.http(
              (ctx, ms) ->
                  ACCESS.info(
                      "{} {} {} {} {}ms",
                      ctx.ip(),
                      ctx.method(),
                      pathAndQuery(ctx),
                      ctx.statusCode(),
                      Math.round(ms)));
          config.routes.before(SearchApi::securityHeaders);
          config.routes.get("/api/search", slot.guard(controller::search));
          config.routes.get("/api/export", slot.guard(controller::export));
          config.routes.get("/api/articles/{id}", slot.guard(controller::article));
          config.routes.get("/api/articles/{id}/related", slot.guard(controller::related));
          config.routes.get("/api/stories/{id}", slot.guard(controller::story));
          config.routes.post("/api/batch", batches::batch);
          config.routes.get("/api/feed.atom", slot.guard(alerts::feed));
          config.routes.get("/api/lists", alerts::lists);
          config.routes.put("/api/lists/{name}", alerts::save);
          config.routes.get("/api/suggest", controller::suggest);
          config.routes.get("/api/health", controller::health);
          config.routes.exception(
              IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
          config.routes.exception(
              HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("Failed on {} {}", ctx.method(), pathAndQuery(ctx), e);
                error(ctx, 500, "Internal error: the search could not be completed");
              });
          config.routes.error(404, SearchApi::notFound);
          config.routes.error(
              405,
              ctx ->
                  error(
                      ctx,
                      405,
                      "The API is read-only: use GET (a batch: POST /api/batch; a list: PUT /api/lists/NAME)"));
        });
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  /** A 404 the handlers did not already explain (an unknown path) gets the JSON shape too. */
  private static void notFound(Context ctx) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith("application/json")) {
      error(ctx, 404, "Not found: " + RequestParams.abbreviate(ctx.path()));
    }
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(new ApiError(status, message));
  }

  private static String pathAndQuery(Context ctx) {
    String query = ctx.queryString();
    String line = query == null ? ctx.path() : ctx.path() + "?" + query;
    return RequestParams.abbreviate(line);
  }
}
