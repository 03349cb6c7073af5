package newsearch.server.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import newsearch.server.search.ExportFormat;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchService;
import newsearch.server.search.story.StoryCsv;
import newsearch.server.search.story.StoryView;

/** The handlers: read parameters, call the search service, answer JSON. */
final class SearchController {

  /** The most articles one export writes; a larger set is for reindex tooling, not a download. */
  static final int EXPORT_CAP = 100_000;

  static final int MAX_RELATED = 20;

  static final int DEFAULT_SUGGESTIONS = 8;
  static final int MAX_SUGGESTIONS = 20;

  /** Longer than any name or phrase suggested: the box never sends more. */
  static final int MAX_PREFIX = 100;

  private final SearchService service;

  SearchController(SearchService service) {
    this.service = service;
  }

  void search(Context ctx) throws IOException {
    ctx.json(service.search(RequestParams.searchRequest(ctx)));
  }

  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(
        service
            .article(id, ctx.queryParam("q"))
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "No article with id '" + RequestParams.abbreviate(id) + "'")));
  }

  /**
   * Every version of a story (by its id or any of its articles' ids) with its changes, as JSON or,
   * with {@code ?format=csv}, one row a version.
   */
  void story(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String format =
        RequestParams.string(ctx, "format")
            .map(f -> f.strip().toLowerCase(Locale.ROOT))
            .orElse("json");
    if (!format.equals("json") && !format.equals("csv")) {
      throw new IllegalArgumentException(
          "Parameter 'format' must be json or csv, was '" + RequestParams.abbreviate(format) + "'");
    }
    StoryView story =
        service
            .story(id)
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "No article or story with id '" + RequestParams.abbreviate(id) + "'"));
    if (format.equals("json")) {
      ctx.json(story);
      return;
    }
    ctx.contentType(ExportFormat.CSV.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"newsearch-story.csv\"");
    StoryCsv.write(story, ctx.outputStream());
  }

  /** The most similar other stories: {@code ?size=} 1..20, default 5. */
  void related(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int size = RequestParams.integer(ctx, "size", 5);
    if (size < 1 || size > MAX_RELATED) {
      throw new IllegalArgumentException(
          "Parameter 'size' must be 1.." + MAX_RELATED + ", was " + size);
    }
    ctx.json(
        Map.of(
            "related",
            service
                .related(id, size)
                .orElseThrow(
                    () ->
                        new NotFoundResponse(
                            "No article with id '" + RequestParams.abbreviate(id) + "'"))));
  }

  /** Names and headline phrases completing {@code ?q=}: {@code ?size=} 1..20, default 8. */
  void suggest(Context ctx) throws IOException {
    String prefix = ctx.queryParam("q");
    if (prefix == null) {
      throw new IllegalArgumentException("Parameter 'q' is required: the text typed so far");
    }
    if (prefix.length() > MAX_PREFIX) {
      throw new IllegalArgumentException(
          "Parameter 'q' must be at most " + MAX_PREFIX + " characters, was " + prefix.length());
    }
    int size = RequestParams.integer(ctx, "size", DEFAULT_SUGGESTIONS);
    if (size < 1 || size > MAX_SUGGESTIONS) {
      throw new IllegalArgumentException(
          "Parameter 'size' must be 1.." + MAX_SUGGESTIONS + ", was " + size);
    }
    ctx.json(Map.of("suggestions", service.suggest(prefix, size)));
  }

  void export(Context ctx) throws IOException {
    SearchRequest request = RequestParams.searchRequest(ctx);
    ExportFormat format =
        RequestParams.string(ctx, "format").map(ExportFormat::parse).orElse(ExportFormat.CSV);
    boolean withBody = RequestParams.bool(ctx, "body", false);
    ctx.contentType(format.contentType());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"newsearch-export." + format.extension() + "\"");
    service.export(request, format, withBody, EXPORT_CAP, ctx.outputStream());
  }

  void health(Context ctx) throws IOException {
    ctx.json(service.health());
  }
}
