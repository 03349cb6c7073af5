package newsearch.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.Indexer;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.search.ExportFormat;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time limit covers the whole search, the rewriting of patterns included: a search stopped by
 * it says so and never gives exact-looking counts; the article view still opens.
 */
class TimeLimitTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void build() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    var lines = new ArrayList<String>();
    for (int i = 0; i < 300; i++) {
      var words = new StringBuilder();
      for (int w = 0; w < 20; w++) {
        words.append(" word").append(i * 20 + w).append("zq");
      }
      lines.add(
          "{\"id\":\"a%d\",\"headline\":\"Article %d\",\"body\":\"Report%s.\",\"source\":\"Fixture\",\"date\":\"2025-03-01\"}"
              .formatted(i, i, words));
    }
    Files.write(corpus.resolve("articles.jsonl"), lines);
    index = dir.resolve("index");
    new Indexer(new CorpusFiles(List.of(), List.of()), 1, null).run(corpus, index, true);
  }

  private static SearchRequest request(String query) {
    return new SearchRequest(
        query,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        1,
        10,
        true,
        true,
        false,
        0);
  }

  @Test
  void withinTheLimitAPatternIsCountedExactly() throws IOException {
    try (var service = LuceneSearchService.open(index, 60_000)) {
      SearchResult r = service.search(request("*zq"));
      assertEquals(300, r.total());
      assertTrue(r.totalExact());
      assertEquals(List.of(), r.warnings());
    }
  }

  @Test
  void aSearchPastTheLimitSaysSoAndCountsNothingAsExact() throws IOException {
    try (var service = LuceneSearchService.open(index, 0)) {
      for (String query : List.of("*zq", "report", "")) {
        SearchResult r = service.search(request(query));
        assertFalse(r.totalExact(), query);
        assertTrue(
            r.warnings().stream().anyMatch(w -> w.contains("took too long")),
            query + " " + r.warnings());
      }
    }
  }

  @Test
  void anExportFindsItsArticlesInOnePassUnderTheLimit() throws IOException {
    try (var service = LuceneSearchService.open(index, 60_000)) {
      var out = new ByteArrayOutputStream();
      assertEquals(300, service.export(request("*zq"), ExportFormat.CSV, false, 1000, out));
      assertEquals(301, out.toString(StandardCharsets.UTF_8).split("\r\n").length);
    }
    try (var service = LuceneSearchService.open(index, 0)) {
      var out = new ByteArrayOutputStream();
      var e =
          assertThrows(
              IllegalArgumentException.class,
              () -> service.export(request("*zq"), ExportFormat.CSV, false, 1000, out));
      assertTrue(e.getMessage().contains("took too long"), e.getMessage());
      assertEquals(0, out.size());
    }
  }

  @Test
  void theArticleViewOpensPastTheLimit() throws IOException {
    try (var service = LuceneSearchService.open(index, 0)) {
      var view = service.article("a7", "*zq").orElseThrow();
      assertEquals("a7", view.id());
    }
  }
}
