package newsearch.server.search.lucene.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source and day counts over a real index, exact and sampled. */
class FacetCollectorTest {

  @TempDir Path index;

  private static final int DOCS = 1_000;
  private static final int FIRST = (int) LocalDate.of(2020, 1, 1).toEpochDay();

  @Test
  void pastTheSampleThresholdCountsAreEstimatesAndSaySo() throws IOException {
    write();
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      var searcher = new IndexSearcher(reader);
      FacetCollector exact =
          searcher.search(
              new MatchAllDocsQuery(),
              FacetCollector.manager(true, true, Optional.empty(), Long.MAX_VALUE));
      assertFalse(exact.approximate());
      assertEquals(600, exact.sources().get("Alpha"));
      assertEquals(400, exact.sources().get("Beta"));
      assertEquals(100, exact.perDay(FIRST));

      FacetCollector sampled =
          searcher.search(
              new MatchAllDocsQuery(), FacetCollector.manager(true, true, Optional.empty(), 100));
      assertTrue(sampled.approximate());
      assertEquals(DOCS, sampled.total());
      // 100 counted one by one, then one match in four weighing four: about the true counts.
      assertEquals(DOCS, sampled.withSource(), 120);
      assertEquals(600, sampled.sources().get("Alpha"), 80);
      assertEquals(400, sampled.sources().get("Beta"), 80);
      assertEquals(100, sampled.perDay(FIRST), 40);
    }
  }

  private void write() throws IOException {
    try (var dir = FSDirectory.open(index);
        var writer = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < DOCS; i++) {
        var doc = new Document();
        doc.add(new KeywordField(IndexSchema.SOURCE, i % 5 < 3 ? "Alpha" : "Beta", Field.Store.NO));
        doc.add(new IntField(IndexSchema.DAY, FIRST + i % 10, Field.Store.NO));
        writer.addDocument(doc);
      }
    }
  }
}
