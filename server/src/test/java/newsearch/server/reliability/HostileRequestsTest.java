package newsearch.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import newsearch.indexer.Indexer;
import newsearch.indexer.reliability.Corpora;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.api.SearchApi;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random and crafted requests against every endpoint and parameter (broken syntax,
 * huge and negative numbers, unicode, NULs, bad percent-encodings, 100 KB queries, leading
 * wildcards, regexes, deep nesting, thousands of OR clauses, oversized URLs and headers, every
 * method). No 5xx ever; every error is the API's JSON shape; nothing hangs; the server stays up.
 */
class HostileRequestsTest {

  private static final int TIMEOUT_MS = 10_000;

  @TempDir static Path tmp;
  private static LuceneSearchService service;
  private static Javalin app;
  private static RawHttp http;

  @BeforeAll
  static void serve() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Corpora.write(corpus, "a", 4, 500, "alpha", 1);
    Corpora.writeHostile(corpus);
    Path index = tmp.resolve("index");
    new Indexer(new CorpusFiles(List.of(), List.of()), 2, null).run(corpus, index, true);
    service = LuceneSearchService.open(index, 2000);
    app = SearchApi.create(service).start("127.0.0.1", 0);
    http = new RawHttp(app.port(), TIMEOUT_MS);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    service.close();
  }

  @Test
  void craftedRequestsNeverFailTheServer() throws Exception {
    var stats = new Stats();
    for (Request r : crafted()) {
      try {
        stats.check(r, http.sendRaw(r.bytes()));
      } catch (IOException e) {
        stats.failed(r, e.toString());
      }
    }
    stats.print("crafted");
    stats.assertClean();
    assertHealthy();
  }

  @Test
  void randomRequestsNeverFailTheServer() throws Exception {
    fuzz(Integer.getInteger("newsearch.fuzz.requests", 3_000), 4, 42);
  }

  @Test
  @Tag("stress")
  void manyRandomRequestsNeverFailTheServer() throws Exception {
    fuzz(Integer.getInteger("newsearch.fuzz.stressRequests", 40_000), 8, 4242);
  }

  private void fuzz(int requests, int threads, long seed) throws Exception {
    var stats = new Stats();
    var generator = new Fuzz(new Random(seed));
    List<Request> all = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      all.add(generator.next());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      var next = new AtomicInteger();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
                    Request r = all.get(i);
                    try {
                      stats.check(r, http.sendRaw(r.bytes()));
                    } catch (IOException e) {
                      stats.failed(r, e.toString());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    stats.print("random (seed " + seed + ", " + threads + " threads)");
    stats.assertClean();
    assertHealthy();
  }

  private static void assertHealthy() throws IOException {
    var health = http.send("GET", "/api/health");
    assertEquals(200, health.status(), health.text());
    assertEquals(2_003, health.json().get("articles").asInt());
  }

  /** One request to send: a label for the report and its exact bytes. */
  record Request(String label, byte[] bytes) {
    static Request get(String label, String target) {
      return of(label, "GET", target, "", new byte[0]);
    }

    static Request of(String label, String method, String target, String headers, byte[] body) {
      String head =
          method
              + " "
              + target
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + headers
              + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "")
              + "Connection: close\r\n\r\n";
      byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
      byte[] all = Arrays.copyOf(h, h.length + body.length);
      System.arraycopy(body, 0, all, h.length, body.length);
      return new Request(label, all);
    }

    @Override
    public String toString() {
      var sb = new StringBuilder(label).append(": ");
      for (byte b : Arrays.copyOf(bytes, Math.min(bytes.length, 300))) {
        int c = b & 0xff;
        sb.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
      }
      return sb.toString();
    }
  }

  /** Counts answers by status and checks each one. */
  static final class Stats {
    final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
    final LongAdder sent = new LongAdder();

    void failed(Request r, String why) {
      sent.increment();
      failures.add(why + " <- " + r);
    }

    void check(Request r, RawHttp.Response res) {
      sent.increment();
      byStatus.computeIfAbsent(res.status(), s -> new LongAdder()).increment();
      micros.add(res.micros());
      String problem = problem(r, res);
      if (problem != null) {
        failures.add(
            problem + " <- " + r + " -> " + res.status() + " " + RawHttp.abbreviate(res.text()));
      }
    }

    private static String problem(Request r, RawHttp.Response res) {
      if (res.status() >= 500) {
        return "server error";
      }
      if (res.text().contains("root:x:0:0") || res.text().contains("<artifactId>")) {
        return "served a file from outside the web root";
      }
      if (res.text().contains("\tat ") || res.text().contains("Exception")) {
        return "stack trace or exception name in the answer";
      }
      boolean head = new String(r.bytes(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("HEAD ");
      if (res.status() >= 400 && !head) {
        String type = res.header("content-type");
        if (type == null || !type.startsWith("application/json")) {
          return "error answer is not JSON (" + type + ")";
        }
        try {
          JsonNode json = res.json();
          if (json.size() != 2
              || json.get("status") == null
              || json.get("status").asInt() != res.status()
              || json.get("error") == null
              || !json.get("error").isTextual()) {
            return "error answer is not {status, error}";
          }
        } catch (IOException e) {
          return "error answer does not parse as JSON";
        }
      }
      return null;
    }

    void print(String what) {
      long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
      var statuses = new TreeMap<Integer, Long>();
      byStatus.forEach((k, v) -> statuses.put(k, v.sum()));
      System.out.printf(
          "hostile requests, %s: %,d sent, %d failures, by status %s; latency p50 %.1f ms, p99 %.1f"
              + " ms, max %.1f ms%n",
          what,
          sent.sum(),
          failures.size(),
          statuses,
          pct(sorted, 50),
          pct(sorted, 99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
      failures.stream().limit(20).forEach(f -> System.out.println("  FAIL " + f));
    }

    void assertClean() {
      assertTrue(
          failures.isEmpty(), () -> failures.size() + " bad answers, first: " + failures.peek());
    }

    static double pct(long[] sorted, int p) {
      return sorted.length == 0
          ? 0
          : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1000.0;
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Hand-written hostile requests: each a known way to break a search server. */
  static List<Request> crafted() {
    var list = new ArrayList<Request>();
    Map<String, List<String>> values = HostileValues.read("/reliability/hostile-requests.txt");
    for (String q : values.get("queries")) {
      list.add(Request.get("q", "/api/search?q=" + enc(q)));
      list.add(
          Request.get(
              "q+options", "/api/search?facets=false&highlight=false&sort=oldest&q=" + enc(q)));
      list.add(Request.get("export q", "/api/export?format=jsonl&body=true&q=" + enc(q)));
      list.add(Request.get("article q", "/api/articles/xss-1?q=" + enc(q)));
    }
    list.add(Request.get("100 KB q", "/api/search?q=" + "x".repeat(100_000)));
    for (String v : values.get("raw values")) {
      for (String p :
          List.of("q", "source", "from", "to", "sort", "page", "size", "format", "facets")) {
        list.add(Request.get("raw " + p, "/api/search?" + p + "=" + v));
        list.add(Request.get("raw export " + p, "/api/export?" + p + "=" + v));
      }
      list.add(Request.get("raw id", "/api/articles/" + v));
      list.add(Request.get("raw health", "/api/health?" + v));
      list.add(Request.get("raw path", "/api/" + v));
    }
    for (String n : values.get("numbers")) {
      for (String p : List.of("page", "size")) {
        list.add(Request.get(p, "/api/search?" + p + "=" + enc(n)));
        list.add(Request.get("export " + p, "/api/export?" + p + "=" + enc(n)));
      }
      list.add(Request.get("page×size", "/api/search?size=100&page=" + enc(n)));
    }
    for (String d : values.get("dates")) {
      list.add(Request.get("from", "/api/search?from=" + enc(d)));
      list.add(Request.get("to", "/api/search?to=" + enc(d)));
      list.add(Request.get("from+to", "/api/search?from=" + enc(d) + "&to=" + enc(d)));
      list.add(Request.get("export to", "/api/export?to=" + enc(d)));
    }
    list.add(Request.get("1000 sources", "/api/search?" + "source=s&".repeat(1_000)));
    list.add(
        Request.get("unknown source", "/api/search?source=_unknown&source=" + enc(Corpora.XSS)));
    list.add(Request.get("undated", "/api/search?undated=true&from=2024-01-01"));
    list.add(Request.get("sort", "/api/search?sort=" + enc("'; DROP TABLE")));
    list.add(Request.get("format", "/api/export?format=xlsx"));
    list.add(Request.get("export cap", "/api/export?format=csv&body=true"));
    for (String id : values.get("article ids")) {
      list.add(Request.get("id", "/api/articles/" + id));
    }
    for (String path : values.get("paths")) {
      list.add(Request.get("path", path));
    }
    // Every method on every endpoint, some with a body.
    byte[] mb = new byte[1 << 20];
    Arrays.fill(mb, (byte) 'x');
    for (String path :
        List.of("/api/search", "/api/export", "/api/articles/xss-1", "/api/health", "/")) {
      for (String method :
          List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "FOO")) {
        list.add(Request.of(method, method, path, "", new byte[0]));
      }
      list.add(
          Request.of(
              "POST json",
              "POST",
              path,
              "Content-Type: application/json\r\n",
              "{\"q\":1}".getBytes(StandardCharsets.UTF_8)));
      list.add(Request.of("POST 1 MB", "POST", path, "", mb));
    }
    // Sizes around Jetty's limits: URLs and headers up to 64 KB reach the app, beyond is 414/431.
    list.add(Request.get("60 KB url", "/api/search?q=" + "x".repeat(60_000)));
    list.add(Request.get("70 KB url", "/api/search?q=" + "x".repeat(70_000)));
    list.add(Request.get("1 MB url", "/api/search?q=" + "x".repeat(1 << 20)));
    list.add(
        Request.of(
            "60 KB header",
            "GET",
            "/api/health",
            "X-Big: " + "x".repeat(60_000) + "\r\n",
            new byte[0]));
    list.add(
        Request.of(
            "70 KB header",
            "GET",
            "/api/health",
            "X-Big: " + "x".repeat(70_000) + "\r\n",
            new byte[0]));
    list.add(
        Request.of("2000 headers", "GET", "/api/health", "X-H: y\r\n".repeat(2_000), new byte[0]));
    list.add(Request.of("bad header", "GET", "/api/health", "Bad Header\r\n", new byte[0]));
    list.add(Request.of("nul header", "GET", "/api/health", "X-N: a\u0000b\r\n", new byte[0]));
    list.add(
        Request.of(
            "accept html", "GET", "/api/search?page=0", "Accept: text/html\r\n", new byte[0]));
    list.add(Request.of("accept html 404", "GET", "/nope", "Accept: text/html\r\n", new byte[0]));
    list.add(
        Request.of(
            "bad content-length", "POST", "/api/search", "Content-Length: -1\r\n", new byte[0]));
    for (String line : values.get("request lines")) {
      list.add(
          new Request(
              "request line",
              (line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1)));
    }
    return list;
  }

  /** Random requests: every endpoint, every parameter, values from nasty generators. */
  static final class Fuzz {
    private final Random random;
    private final List<Supplier<String>> values;

    Fuzz(Random random) {
      this.random = random;
      this.values =
          List.of(
              this::unicode,
              this::syntax,
              this::number,
              this::date,
              this::bytesEncoded,
              this::word,
              () -> pick(crafted()).label(),
              () -> "",
              () -> "x".repeat(random.nextInt(5_000)));
    }

    Request next() {
      int kind = random.nextInt(10);
      String path =
          switch (kind) {
            case 0, 1, 2, 3, 4 -> "/api/search";
            case 5, 6 -> "/api/export";
            case 7, 8 -> "/api/articles/" + value();
            default -> "/api/health";
          };
      var query = new StringBuilder();
      int params = random.nextInt(6);
      for (int i = 0; i < params; i++) {
        String name =
            pick(
                List.of(
                    "q",
                    "q",
                    "q",
                    "source",
                    "from",
                    "to",
                    "undated",
                    "sort",
                    "page",
                    "size",
                    "facets",
                    "highlight",
                    "format",
                    "body",
                    "x",
                    value()));
        query
            .append(i == 0 ? "?" : "&")
            .append(encodeMaybe(name))
            .append('=')
            .append(encodeMaybe(value()));
      }
      String method =
          random.nextInt(20) == 0 ? pick(List.of("POST", "PUT", "DELETE", "HEAD")) : "GET";
      return Request.of(
          "fuzz " + method + " " + path.split("/")[2], method, path + query, "", new byte[0]);
    }

    private String value() {
      return pick(values).get();
    }

    /**
     * Usually a proper encoding; sometimes the raw text (if it fits a request line) or bad escapes.
     */
    private String encodeMaybe(String s) {
      if (s.startsWith("%") && random.nextBoolean()) {
        return s;
      }
      return enc(s);
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    private String unicode() {
      var sb = new StringBuilder();
      int n = 1 + random.nextInt(30);
      for (int i = 0; i < n; i++) {
        int cp =
            switch (random.nextInt(4)) {
              case 0 -> random.nextInt(0x80);
              case 1 -> random.nextInt(0x800);
              case 2 -> random.nextInt(0xD800);
              default -> 0x10000 + random.nextInt(0x100000);
            };
        sb.appendCodePoint(cp);
      }
      if (random.nextInt(10) == 0) {
        sb.append('\uD800'); // a lone surrogate
      }
      return sb.toString();
    }

    private String syntax() {
      String tokens = "()[]{}\"*?~^:+-!/\\ &|";
      var sb = new StringBuilder();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        switch (random.nextInt(6)) {
          case 0 -> sb.append(pick(List.of(" AND ", " OR ", " NOT ", " TO ")));
          case 1 -> sb.append(pick(Corpora.WORDS));
          case 2 ->
              sb.append(
                  pick(
                      List.of("headline:", "body:", "source:", "author:", "day:", "id:", "nope:")));
          default -> sb.append(tokens.charAt(random.nextInt(tokens.length())));
        }
      }
      return sb.toString();
    }

    private String number() {
      return switch (random.nextInt(5)) {
        case 0 -> Integer.toString(random.nextInt());
        case 1 -> Long.toString(random.nextLong());
        case 2 -> Integer.toString(random.nextInt(200) - 50);
        case 3 -> "9".repeat(1 + random.nextInt(50));
        default -> random.nextDouble() * 1e6 + "";
      };
    }

    private String date() {
      return String.format(
          "%s%04d-%02d-%02d",
          random.nextInt(5) == 0 ? pick(List.of("+", "-", "+99999")) : "",
          random.nextInt(10_000),
          random.nextInt(14),
          random.nextInt(33));
    }

    private String bytesEncoded() {
      var sb = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(String.format("%%%02X", random.nextInt(256)));
      }
      return sb.toString();
    }

    private String word() {
      return pick(Corpora.WORDS) + (random.nextBoolean() ? "*" : "");
    }
  }
}
