package newsearch.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The server's AOT cache (JDK 25+, JEP 483/514/515), trained as the {@code newsearch} launcher
 * trains it on a first {@code serve}: a server records what it loads while it serves a short
 * session, is stopped gracefully, and a second JVM assembles the cache from that record.
 */
public final class AotCache {

  /** Searches of the query mix sent by the training session; the first hits are also read. */
  static final int TRAINING_SEARCHES = 20;

  static final int TRAINING_ARTICLES = 5;

  private static final ObjectMapper JSON = new ObjectMapper();

  private AotCache() {}

  /** Whether this JDK can write and use an AOT cache (JDK 25 and newer). */
  public static boolean supported() {
    return Runtime.version().feature() >= 25;
  }

  /** The JVM option that starts a server from {@code cache}. */
  public static String option(Path cache) {
    return "-XX:AOTCache=" + cache;
  }

  /**
   * Trains a cache in {@code dir} with a server on {@code index}, or returns empty on a JDK before
   * 25. The JVM options must be the measured server's: the JVM refuses a cache of other options.
   */
  public static Optional<Path> train(
      Path index, String heap, String cores, List<String> mix, Path dir)
      throws IOException, InterruptedException {
    if (!supported()) {
      return Optional.empty();
    }
    Path config = dir.resolve("server.aotconf");
    Path cache = dir.resolve("server.aot");
    Files.deleteIfExists(cache);
    var record = List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config, "-Xlog:aot=error");
    try (var server =
        ServerProcess.start(index, heap, cores, record, dir.resolve("server-training.log"))) {
      session(server.baseUrl(), mix);
    }
    if (!Files.isRegularFile(config) || Files.size(config) == 0) {
      throw new IOException("the training server wrote no AOT configuration; see " + dir);
    }
    var create =
        ServerProcess.java(
            heap,
            cores,
            List.of(
                "-XX:AOTMode=create", "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + cache));
    Path log = dir.resolve("aot-create.log");
    int exit =
        new ProcessBuilder(create)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start()
            .waitFor();
    if (exit != 0) {
      throw new IOException("assembling the AOT cache failed (" + exit + "); see " + log);
    }
    Files.delete(config);
    return Optional.of(cache);
  }

  /** What a user's first visit does: several searches, some with filters, and a few articles. */
  private static void session(String baseUrl, List<String> mix)
      throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      get(http, baseUrl + "/");
      for (int i = 0; i < Math.min(TRAINING_SEARCHES, mix.size()); i++) {
        String path = mix.get(i);
        JsonNode hits = JSON.readTree(get(http, baseUrl + path)).path("hits");
        if (i < TRAINING_ARTICLES && !hits.isEmpty()) {
          String id = URLEncoder.encode(hits.get(0).path("id").asText(), StandardCharsets.UTF_8);
          // The article with its search's words marked, as the page opens it.
          String q = path.substring(path.indexOf("?q=") + 3).split("&", 2)[0];
          get(http, baseUrl + "/api/articles/" + id + "?q=" + q);
        }
      }
    }
  }

  private static String get(HttpClient http, String url) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("training request " + url + " answered " + response.statusCode());
    }
    return response.body();
  }
}
