package newsearch.server.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchService;
import newsearch.server.search.batch.BatchEntry;
import newsearch.server.search.batch.BatchList;
import newsearch.server.search.feed.AtomFeed;

/**
 * Alerts without accounts: {@code GET /api/feed.atom} for a search or a standing list, and the
 * lists folder, the one place the server writes to ({@code PUT /api/lists/NAME}).
 */
final class FeedController {

  static final int DEFAULT_ENTRIES = 50;
  static final int MAX_ENTRIES = 200;
  static final Pattern LIST_NAME = Pattern.compile("[a-z0-9-]{1,64}");

  private final SearchService service;
  private final FeedSettings settings;

  FeedController(SearchService service, FeedSettings settings) {
    this.service = service;
    this.settings = settings;
  }

  void feed(Context ctx) throws IOException {
    var list = RequestParams.string(ctx, "list");
    String q = ctx.queryParam("q");
    if (list.isPresent() && q != null && !q.isBlank()) {
      throw new IllegalArgumentException("Give either 'q' or 'list', not both");
    }
    int size = RequestParams.integer(ctx, "size", DEFAULT_ENTRIES);
    if (size < 1 || size > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "Parameter 'size' must be 1.." + MAX_ENTRIES + ", was " + size);
    }
    SearchRequest filters = RequestParams.filters(ctx);
    List<BatchEntry> entries;
    String title;
    String page;
    String marks;
    String base = base(ctx);
    if (list.isPresent()) {
      String name = checkName(list.get());
      entries = BatchList.fromListFile(Files.readString(listFile(name), StandardCharsets.UTF_8));
      title = "newsearch: list " + name;
      page = base + "/";
      marks = "";
    } else {
      String query = q == null ? "" : q.strip();
      entries = List.of(new BatchEntry(null, List.of(query)));
      title = query.isEmpty() ? "newsearch: every new article" : "newsearch: " + query;
      page = base + "/" + (query.isEmpty() ? "" : "?q=" + RequestParams.encode(query));
      marks = query;
    }
    var feed = service.feed(entries, filters, size);
    String self = base + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    ctx.contentType("application/atom+xml; charset=utf-8");
    AtomFeed.write(
        new AtomFeed.Head(title, self, page, base, marks, builtAt()), feed, ctx.outputStream());
  }

  /** The names of the standing lists, and how many entries each holds. */
  void lists(Context ctx) throws IOException {
    var lists = new ArrayList<Map<String, Object>>();
    Path dir = settings.lists().orElse(null);
    if (dir != null && Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String file = f.getFileName().toString();
          String name = file.endsWith(".txt") ? file.substring(0, file.length() - 4) : "";
          if (LIST_NAME.matcher(name).matches() && Files.isRegularFile(f)) {
            lists.add(Map.of("name", name, "feed", "/api/feed.atom?list=" + name));
          }
        }
      }
    }
    ctx.json(Map.of("lists", lists));
  }

  /** Saves a standing list (as the batch view sends it), replacing one of the same name. */
  void save(Context ctx) throws IOException {
    String name = checkName(ctx.pathParam("name"));
    Path dir =
        settings
            .lists()
            .orElseThrow(() -> new NotFoundResponse("This server keeps no lists (no --lists)"));
    String text = RequestParams.text(ctx, "A list");
    int entries = BatchList.fromListFile(text).size();
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".txt");
    Path temp = Files.createTempFile(dir, "." + name, ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    ctx.json(Map.of("name", name, "entries", entries, "feed", "/api/feed.atom?list=" + name));
  }

  private Path listFile(String name) {
    Path file =
        settings
            .lists()
            .orElseThrow(() -> new NotFoundResponse("This server keeps no lists (no --lists)"))
            .resolve(name + ".txt");
    if (!Files.isRegularFile(file)) {
      throw new NotFoundResponse("No list named '" + name + "'");
    }
    return file;
  }

  private static String checkName(String name) {
    if (!LIST_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A list name is 1 to 64 of a-z, 0-9 and '-', was '"
              + RequestParams.abbreviate(name)
              + "'");
    }
    return name;
  }

  private String base(Context ctx) {
    return settings.publicUrl().orElseGet(() -> ctx.scheme() + "://" + ctx.host());
  }

  /** The index's build time: the update time of a feed with no entry yet. */
  private Instant builtAt() throws IOException {
    try {
      return Instant.parse(service.health().builtAt());
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }
}
