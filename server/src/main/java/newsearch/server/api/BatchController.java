package newsearch.server.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchService;
import newsearch.server.search.batch.BatchCsv;
import newsearch.server.search.batch.BatchEntry;
import newsearch.server.search.batch.BatchList;
import newsearch.server.search.batch.BatchRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/batch}: a list of queries counted one entry at a time, each row streamed as soon
 * as it is counted, so a long list shows progress and is never held whole.
 */
final class BatchController {

  static final int DEFAULT_HITS = 5;
  static final int MAX_HITS = 50;

  /** With {@code allHits}: the most articles one entry lists. */
  static final int ALL_HITS = SearchRequest.RESULT_WINDOW;

  /** The longest one entry may take; it is then cut short and marked. */
  static final Duration QUERY_BUDGET = Duration.ofSeconds(5);

  /** The longest a whole batch may take; the entries left are marked and not run. */
  static final Duration BATCH_BUDGET = Duration.ofMinutes(10);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(BatchController.class);

  private final SearchService service;
  // One batch at a time: a second would halve the first's speed and crowd the interactive lane.
  private final Semaphore lane = new Semaphore(1);

  BatchController(SearchService service) {
    this.service = service;
  }

  void batch(Context ctx) throws IOException {
    List<BatchEntry> entries = entries(ctx);
    SearchRequest filters = RequestParams.filters(ctx);
    boolean csv = format(ctx);
    boolean allHits = RequestParams.bool(ctx, "allHits", false);
    int hits = allHits ? ALL_HITS : hits(ctx);
    if (!lane.tryAcquire()) {
      ctx.header("Retry-After", "10");
      throw new TooManyRequestsResponse(
          "Another batch is running: one runs at a time, try again when it ends");
    }
    try {
      if (csv) {
        writeCsv(ctx, entries, filters, hits, allHits);
      } else {
        writeJson(ctx, entries, filters, hits);
      }
    } finally {
      lane.release();
    }
  }

  private void writeJson(Context ctx, List<BatchEntry> entries, SearchRequest filters, int hits)
      throws IOException {
    ctx.contentType("application/json");
    try (JsonGenerator json =
        JSON.getFactory().createGenerator(ctx.outputStream(), JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeArrayFieldStart("results");
      // One row a line, so that a client can show progress as the lines arrive.
      var rows = new Rows(filters, hits);
      String separator = "\n";
      for (BatchEntry entry : entries) {
        json.writeRaw(separator);
        json.writeRaw(JSON.writeValueAsString(rows.next(entry)));
        json.flush();
        separator = ",\n";
      }
      json.writeRaw('\n');
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private void writeCsv(
      Context ctx, List<BatchEntry> entries, SearchRequest filters, int hits, boolean allHits)
      throws IOException {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"newsearch-batch.csv\"");
    var writer =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    var csv = new BatchCsv(writer, allHits);
    var rows = new Rows(filters, hits);
    for (BatchEntry entry : entries) {
      csv.write(rows.next(entry));
      writer.flush();
    }
  }

  /** The entries run in order under the batch's budget; once it is spent, the rest are skipped. */
  private final class Rows {
    private final SearchRequest filters;
    private final int hits;
    private final long deadline = System.nanoTime() + BATCH_BUDGET.toNanos();

    Rows(SearchRequest filters, int hits) {
      this.filters = filters;
      this.hits = hits;
    }

    BatchRow next(BatchEntry entry) throws IOException {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return BatchRow.skipped(
            entry,
            "The batch ran out of its time before this query: run the rest as a batch of their"
                + " own.");
      }
      Duration budget = Duration.ofNanos(Math.min(left, QUERY_BUDGET.toNanos()));
      try {
        return service.batch(entry, filters, hits, budget);
      } catch (RuntimeException e) {
        // The rows already sent cannot be taken back: this one says it failed, the rest run.
        LOG.error("Batch query failed: {}", RequestParams.abbreviate(entry.query()), e);
        return BatchRow.skipped(entry, "This query could not be run.");
      }
    }
  }

  private static List<BatchEntry> entries(Context ctx) throws IOException {
    String type =
        Optional.ofNullable(ctx.contentType())
            .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
            .orElse("");
    if (!type.equals("text/plain") && !type.equals("text/csv")) {
      throw new UnsupportedMediaTypeResponse(
          "Send the list as text/plain (one query per line) or text/csv (a 'query' column and an"
              + " optional 'label' column), was '"
              + RequestParams.abbreviate(type)
              + "'");
    }
    String body = RequestParams.text(ctx, "A batch list");
    return type.equals("text/csv") ? BatchList.fromCsv(body) : BatchList.fromText(body);
  }

  private static int hits(Context ctx) {
    int hits = RequestParams.integer(ctx, "hits", DEFAULT_HITS);
    if (hits < 1 || hits > MAX_HITS) {
      throw new IllegalArgumentException(
          "Parameter 'hits' must be 1.." + MAX_HITS + ", was " + hits);
    }
    return hits;
  }

  private static boolean format(Context ctx) {
    String format =
        RequestParams.string(ctx, "format").map(f -> f.toLowerCase(Locale.ROOT)).orElse("json");
    if (!format.equals("json") && !format.equals("csv")) {
      throw new IllegalArgumentException(
          "Parameter 'format' must be json or csv, was '" + RequestParams.abbreviate(format) + "'");
    }
    return format.equals("csv");
  }
}
