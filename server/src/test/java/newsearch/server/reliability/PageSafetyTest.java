package newsearch.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.Indexer;
import newsearch.indexer.reliability.Corpora;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.ServerMain;
import newsearch.server.api.SearchApi;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Page safety on the API side: article text never comes back as markup (the only tag in highlighted
 * fields is {@code <mark>}), every answer carries the security headers, the API is read-only and
 * the server listens on loopback unless told otherwise. (The browser test with hostile articles
 * belongs to the web module's tests.)
 */
class PageSafetyTest {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  @TempDir static Path tmp;
  private static LuceneSearchService service;
  private static Javalin app;
  private static RawHttp http;

  @BeforeAll
  static void serve() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Corpora.write(corpus, "a", 1, 50, "alpha", 1);
    Corpora.writeHostile(corpus);
    Path index = tmp.resolve("index");
    new Indexer(new CorpusFiles(List.of(), List.of()), 2, null).run(corpus, index, true);
    service = LuceneSearchService.open(index, 2000);
    app = SearchApi.create(service).start("127.0.0.1", 0);
    http = new RawHttp(app.port(), 10_000);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    service.close();
  }

  @Test
  void articleTextComesBackEscapedWithMarkAsTheOnlyTag() throws IOException {
    int checked = 0;
    for (String q :
        List.of("alert", "storm", "script", "mark", "iframe", "\"onerror alert\"", "")) {
      JsonNode result = http.send("GET", "/api/search?q=" + HostileRequestsTest.enc(q)).json();
      for (JsonNode hit : result.get("hits")) {
        assertOnlyMarks(hit.get("headlineHtml").asText());
        assertOnlyMarks(hit.get("snippet").asText());
        checked++;
      }
    }
    JsonNode xss = http.send("GET", "/api/search?q=alert&size=100").json();
    String all = xss.toString();
    assertTrue(all.contains("&lt;script&gt;"), all);
    for (String id : List.of("xss-1", "xss-2")) {
      JsonNode article =
          http.send("GET", "/api/articles/" + id + "?q=storm+OR+alert+OR+mark").json();
      assertOnlyMarks(article.get("bodyHtml").asText());
      assertOnlyMarks(article.get("headlineHtml").asText());
      checked++;
    }
    JsonNode one = http.send("GET", "/api/articles/xss-1").json();
    // Plain fields are the text itself: the page writes them with textContent.
    assertEquals(Corpora.XSS, one.get("headline").asText());
    System.out.println(
        "page safety: " + checked + " highlighted hits and articles checked, only <mark> tags");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws IOException {
    var targets =
        List.of(
            "/api/search?q=storm",
            "/api/search?page=0",
            "/api/health",
            "/api/articles/xss-1",
            "/api/articles/nope",
            "/api/export?format=csv",
            "/",
            "/index.html",
            "/no/such/page",
            "/api/articles/%F9%A8",
            "/api/search?q=" + "x".repeat(70_000));
    var statuses = new ArrayList<Integer>();
    for (String target : targets) {
      var res = http.send("GET", target);
      statuses.add(res.status());
      String csp = res.header("Content-Security-Policy");
      assertNotNull(csp, () -> "no CSP on " + RawHttp.abbreviate(target));
      assertTrue(csp.contains("script-src 'self'"), csp);
      assertTrue(csp.contains("object-src 'none'"), csp);
      assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
      assertEquals("nosniff", res.header("X-Content-Type-Options"), target);
    }
    System.out.println("security headers on " + targets.size() + " answers, statuses " + statuses);
  }

  @Test
  void theApiIsReadOnly() throws IOException {
    int before = http.send("GET", "/api/health").json().get("articles").asInt();
    int checked = 0;
    for (String path :
        List.of("/api/search", "/api/export", "/api/articles/xss-1", "/api/health", "/")) {
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
        var res =
            http.send(
                method, path, "Content-Type: application/json\r\n", "{\"id\":\"x\"}".getBytes());
        assertTrue(
            res.status() == 405 || res.status() == 404,
            method + " " + path + " -> " + res.status());
        assertEquals(res.status(), res.json().get("status").asInt());
        checked++;
      }
    }
    assertEquals(before, http.send("GET", "/api/health").json().get("articles").asInt());
    System.out.println("read-only: " + checked + " non-GET requests rejected");
  }

  @Test
  void serverListensOnLoopbackByDefault() {
    assumeTrue(System.getenv("NEWSEARCH_HOST") == null, "NEWSEARCH_HOST is set here");
    var cmd = new CommandLine(new ServerMain());
    cmd.parseArgs();
    assertEquals("127.0.0.1", cmd.getCommandSpec().findOption("--host").getValue());
  }

  private static void assertOnlyMarks(String html) {
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      assertTrue(
          m.group().equals("<mark>") || m.group().equals("</mark>"), () -> "markup in: " + html);
    }
    assertFalse(
        html.contains("<script") || html.contains("<img") || html.contains("<iframe"), html);
  }
}
