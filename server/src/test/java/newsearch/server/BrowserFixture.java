package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsearch.server.api.SearchApi;
import newsearch.server.search.lucene.LuceneSearchService;

/**
 * What a page test class starts once: a real server over an index of one fixture file, and headless
 * Chromium on it.
 */
final class BrowserFixture implements AutoCloseable {

  final LuceneSearchService service;
  final ChromiumPage page;
  private final Javalin app;

  private BrowserFixture(LuceneSearchService service, Javalin app, ChromiumPage page) {
    this.service = service;
    this.app = app;
    this.page = page;
  }

  /**
   * Indexes the fixture {@code resource} (such as {@code /web/articles.jsonl}) under {@code dir},
   * serves it on a free port and opens Chromium on it; skips the test when there is no Chromium.
   */
  static BrowserFixture start(String resource, Path dir) throws IOException, URISyntaxException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path fixture = Path.of(BrowserFixture.class.getResource(resource).toURI());
    Files.copy(fixture, corpus.resolve(fixture.getFileName()));
    TestIndex.reindex(corpus, dir.resolve("index"));
    var service = LuceneSearchService.open(dir.resolve("index"), 2000);
    Javalin app = SearchApi.create(service).start("127.0.0.1", 0);
    try {
      var page = ChromiumPage.start("http://127.0.0.1:" + app.port(), dir.resolve("profile"));
      return new BrowserFixture(service, app, page);
    } catch (RuntimeException e) {
      // Also the skip when there is no Chromium: the server must not outlive the test class.
      app.stop();
      service.close();
      throw e;
    }
  }

  /** Fails when the browser console shows a refusal by the page's Content-Security-Policy. */
  void assertNothingRefusedByTheContentSecurityPolicy() {
    for (String message : page.consoleMessages()) {
      assertFalse(message.contains("Content Security Policy"), message);
    }
  }

  @Override
  public void close() throws IOException {
    page.close();
    app.stop();
    service.close();
  }
}
