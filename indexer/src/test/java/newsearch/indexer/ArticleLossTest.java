package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles that must not be lost: values longer than Lucene takes in an exact field (the article is
 * indexed with the value cut, or skipped with its reason, never costing the articles after it), and
 * an article moved from one file to another.
 */
class ArticleLossTest {

  @TempDir Path tmp;

  private static String line(String id, String source, String author) {
    return "{\"id\": \""
        + id
        + "\", \"headline\": \"Harbour strike enters its second week\", \"date\": \"2025-03-03\","
        + " \"source\": \""
        + source
        + "\", \"authors\": [\""
        + author
        + "\"], \"body\": \"Dockers at the city harbour stayed out for a second week on Monday.\"}\n";
  }

  @Test
  void anOverlongSourceOrAuthorIsCutAndAnOverlongIdSkippedWithoutLosingTheRest()
      throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    String huge = "Harbour Herald ".repeat(2_700).strip();
    Files.writeString(
        corpus.resolve("wire.jsonl"),
        line("first", "Coastal Courier", "Ann Field")
            + line("long-source", huge, "Ann Field")
            + line("long-author", "Coastal Courier", huge)
            + line("x".repeat(2_000), "Coastal Courier", "Ann Field")
            + line("last", "Coastal Courier", "Ann Field"));
    Path index = tmp.resolve("index");

    ReindexReport report =
        new Indexer(new CorpusFiles(List.of(), List.of()), 2, null).run(corpus, index, true);

    assertEquals(List.of("first", "last", "long-author", "long-source"), Fixtures.ids(index));
    assertEquals(2, report.shortened().size(), report.summary());
    assertTrue(report.summary().contains("article long-source: source cut to 1,000 characters"));
    assertTrue(report.summary().contains("article long-author: author cut to 1,000 characters"));
    assertEquals(1, report.skips().size(), report.summary());
    assertTrue(report.skips().get(0).reason().contains("id longer than 1,000 characters"));
    try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
      var searcher = new IndexSearcher(reader);
      var cut = huge.substring(0, 1_000).strip();
      assertEquals(1, searcher.count(new TermQuery(new Term(IndexSchema.SOURCE, cut))));
    }
  }

  @Test
  void anArticleMovedToAnotherFileInOneRunStaysIndexed() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path index = tmp.resolve("index");
    var indexer = new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);
    Files.writeString(
        corpus.resolve("a.jsonl"),
        line("moved", "Coastal Courier", "Ann Field")
            + line("stays", "Coastal Courier", "Ann Field"));
    Files.writeString(corpus.resolve("b.jsonl"), line("other", "Coastal Courier", "Ann Field"));
    indexer.run(corpus, index, false);

    Files.writeString(corpus.resolve("a.jsonl"), line("stays", "Coastal Courier", "Ann Field"));
    Files.writeString(
        corpus.resolve("b.jsonl"),
        line("other", "Coastal Courier", "Ann Field")
            + line("moved", "Coastal Courier", "Ann Field"));
    ReindexReport report = indexer.run(corpus, index, false);

    assertEquals(List.of(), report.skips(), report.summary());
    assertEquals(List.of("moved", "other", "stays"), Fixtures.ids(index));
    // Still a duplicate while the file that holds it is unchanged.
    Files.writeString(corpus.resolve("c.jsonl"), line("stays", "Coastal Courier", "Ann Field"));
    ReindexReport third = indexer.run(corpus, index, false);
    assertEquals(1, third.skips().size(), third.summary());
    assertTrue(third.skips().get(0).reason().startsWith("duplicate id, first seen in a.jsonl"));
    assertEquals(List.of("moved", "other", "stays"), Fixtures.ids(index));
  }
}
