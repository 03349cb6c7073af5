package newsearch.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.model.Article;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageReaderTest {

  @TempDir Path dir;

  private List<Article> read(String name, String html) throws IOException, FileSkipped {
    Path p = Files.writeString(dir.resolve(name), html);
    var found = new ArrayList<Article>();
    new HtmlPageReader()
        .read(
            new CorpusFile(p, name, name.replace(".html", ""), Files.size(p), 0),
            new ArticleSink() {
              @Override
              public void accept(Article a) {
                found.add(a);
              }

              @Override
              public void skipped(String where, String reason) {}
            });
    return found;
  }

  @Test
  void takesMetadataFromJsonLdAndTheBodyFromMainWithoutFurniture() throws Exception {
    Article a =
        read(
                "page.html",
                """
                <html><head><title>Site | Story</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens after repairs",
                 "datePublished":"2022-10-04","publisher":{"name":"Valley Times"}}</script></head>
                <body><header>Valley Times</header><main>
                <p>The old bridge reopened to traffic on Tuesday after two years of repairs.</p>
                <ul><li><a href="/a">Sports</a></li><li><a href="/b">Weather</a></li></ul>
                <div class="share-buttons">Share on social media</div>
                <p>Engineers replaced every cable.</p></main>
                <footer>All rights reserved</footer></body></html>
                """)
            .get(0);
    assertEquals("Bridge reopens after repairs", a.headline());
    assertEquals("2022-10-04", a.date().orElseThrow().iso());
    assertEquals("Valley Times", a.source());
    assertEquals(
        "The old bridge reopened to traffic on Tuesday after two years of repairs.\n\nEngineers replaced every cable.",
        a.body());
    assertFalse(a.body().contains("Share"));
  }

  @Test
  void fallsBackToH1AndTimeElement() throws Exception {
    Article a =
        read(
                "plain.html",
                "<html><body><h1>Quiet night in the city</h1><time datetime=\"2021-06-01T22:10\">June 1</time>"
                    + "<p>Nothing happened at all, the police said on Wednesday morning.</p></body></html>")
            .get(0);
    assertEquals("Quiet night in the city", a.headline());
    assertEquals("2021-06-01T22:10", a.date().orElseThrow().iso());
    assertTrue(a.source().isEmpty());
  }

  @Test
  void aPageWithNoTextIsSkipped() {
    assertThrows(
        FileSkipped.class, () -> read("empty.html", "<html><body><nav>Home</nav></body></html>"));
  }

  @Test
  void theSidecarsAddressGivesTheDateOfAPageThatNamesNoAddress() throws Exception {
    Files.writeString(
        dir.resolve("story.meta.json"),
        "{\"url\": \"https://news.example/2023/04/17/harbour-reopens\"}");
    Article a =
        read(
                "story.html",
                """
                <html><head><title>Harbour reopens</title></head><body><article>
                <h1>Harbour reopens</h1>
                <p>The harbour reopened to boats on Monday after the storm damage was repaired.</p>
                <p>Fishing crews said they were glad to be back at sea after three weeks ashore.</p>
                </article></body></html>
                """)
            .get(0);
    assertEquals("2023-04-17", a.date().orElseThrow().iso());
    assertEquals("url", a.extraction().date());
  }

  @Test
  void anUndatedPageSaysWhy() throws Exception {
    Article footerOnly =
        read(
                "footer.html",
                """
                <html><head><title>Harbour reopens</title></head><body><article>
                <h1>Harbour reopens</h1>
                <p>The harbour reopened to boats after the storm damage was repaired.</p>
                </article><footer>© 12 March 2021 Coast Weekly</footer></body></html>
                """)
            .get(0);
    assertTrue(footerOnly.date().isEmpty());
    assertEquals("only a copyright, footer or comment date", footerOnly.extraction().undated());
    Article none =
        read(
                "none.html",
                """
                <html><head><title>Harbour reopens</title></head><body><article>
                <h1>Harbour reopens</h1>
                <p>The harbour reopened to boats after the storm damage was repaired.</p>
                </article></body></html>
                """)
            .get(0);
    assertEquals("no date signal", none.extraction().undated());
    Article future =
        read(
                "future.html",
                """
                <html><head><title>Harbour reopens</title>
                <meta property="article:published_time" content="1970-01-01T00:00:00Z"></head>
                <body><article><h1>Harbour reopens</h1>
                <p>The harbour reopened to boats after the storm damage was repaired.</p>
                </article></body></html>
                """)
            .get(0);
    assertEquals("date out of range", future.extraction().undated());
  }
}
