package newsearch.indexer.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Furniture through the reindex: learnt by a run from nothing and stored with its commit, used
 * unchanged by incremental runs, learnt again by the next full run.
 */
class FurnitureIndexTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private final Indexer indexer = new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);

  private void write(String name, String text) throws IOException {
    Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
  }

  private String body(String id) throws IOException {
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      var searcher = new IndexSearcher(reader);
      TopDocs hits = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      assertEquals(1, hits.totalHits.value(), "article " + id);
      return searcher.storedFields().document(hits.scoreDocs[0].doc).get(IndexSchema.BODY);
    }
  }

  private Furniture stored() throws IOException {
    try (var dir = FSDirectory.open(index)) {
      return Furniture.of(dir);
    }
  }

  @Test
  void anOutletsRepeatedBlurbIsLeftOutOfEveryBody() throws IOException {
    for (int n = 0; n < 5; n++) {
      write("gazette-" + n + ".txt", OutletPages.gazette(n));
    }
    indexer.run(corpus, index, false);

    assertTrue(stored().isFurniture(OutletPages.BLURB));
    for (int n = 0; n < 5; n++) {
      String body = body("gazette-" + n);
      assertTrue(body.startsWith("The council of"), body);
      assertFalse(body.contains("newsletter"), body);
    }
  }

  @Test
  void twentyCopiesOfOneStoryKeepTheirWholeBodies() throws IOException {
    for (int n = 0; n < 20; n++) {
      write("wire-" + n + ".txt", OutletPages.wireCopy(n));
    }
    for (int n = 0; n < 4; n++) {
      write("gazette-" + n + ".txt", OutletPages.gazette(n));
    }
    indexer.run(corpus, index, true);

    for (int n = 0; n < 20; n++) {
      assertEquals(String.join("\n\n", OutletPages.WIRE), body("wire-" + n));
    }
  }

  @Test
  void incrementalRunsKeepTheModelAndTheNextFullRunLearnsAgain() throws IOException {
    for (int n = 0; n < 4; n++) {
      write("gazette-" + n + ".txt", OutletPages.gazette(n));
    }
    indexer.run(corpus, index, true);
    Furniture first = stored();
    assertTrue(first.isFurniture(OutletPages.BLURB));

    // New pages with a new blurb: an incremental run extracts them with the stored model.
    String other = "Support local news: become a member of the Gazette today and read every story.";
    for (int n = 4; n < 8; n++) {
      write("gazette-" + n + ".txt", OutletPages.gazette(n).replace(OutletPages.BLURB, other));
    }
    indexer.run(corpus, index, false);
    assertEquals(first.lines(), stored().lines());
    assertTrue(body("gazette-5").contains("become a member"));

    indexer.run(corpus, index, true);
    assertTrue(stored().isFurniture(other));
    assertFalse(body("gazette-5").contains("become a member"));
  }
}
