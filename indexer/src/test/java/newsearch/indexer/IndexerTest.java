package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsearch.indexer.RunHooks.Phase;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.model.Article;
import newsearch.indexer.model.Extraction;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

  private static final List<String> FIXTURE_IDS =
      List.of("harbour-strike", "observatory", "wire-1", "wire-2", "wire-3", "wire:6");

  @TempDir Path corpus;
  @TempDir Path index;

  private final Indexer indexer = new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);

  @BeforeEach
  void copyFixtures() throws IOException {
    Fixtures.copyArticles(corpus);
  }

  @Test
  void indexesEveryFormatAndReportsTheBadJsonLine() throws IOException {
    ReindexReport report = indexer.run(corpus, index, false);

    assertEquals(FIXTURE_IDS, Fixtures.ids(index));
    assertEquals(6, report.added());
    assertEquals(1, report.skips().size(), report.summary());
    assertEquals("wire.jsonl line 3: bad JSON", report.skips().get(0).toString().substring(0, 27));
  }

  @Test
  void runHooksHearEveryPhaseInOrder() throws IOException {
    var phases = new ArrayList<Phase>();
    new Indexer(new CorpusFiles(List.of(), List.of()), 2, null)
        .setHooks(phases::add)
        .run(corpus, index, false);

    assertEquals(List.of(Phase.READING, Phase.HALFWAY, Phase.COMMITTING, Phase.COMMITTED), phases);
  }

  @Test
  void secondRunFindsEveryArticleUnchanged() throws IOException {
    indexer.run(corpus, index, false);
    ReindexReport second = indexer.run(corpus, index, false);

    assertEquals(0, second.added() + second.updated() + second.removed());
    assertEquals(6, second.unchanged());
    assertEquals(FIXTURE_IDS, Fixtures.ids(index));
  }

  @Test
  void anIndexWithStorySignaturesOfAnotherVersionIsRebuilt() throws IOException {
    indexer.run(corpus, index, false);
    try (var dir = FSDirectory.open(index);
        var writer = new IndexWriter(dir, new IndexWriterConfig())) {
      // As an index written before signatures had a version: the same articles, no version.
      writer.setLiveCommitData(Map.of("built", "earlier").entrySet());
      writer.commit();
    }
    ReindexReport second = indexer.run(corpus, index, false);
    assertEquals(6, second.added());
    assertEquals(0, second.unchanged());
    ReindexReport third = indexer.run(corpus, index, false);
    assertEquals(6, third.unchanged());
  }

  @Test
  void incrementalRunAddsUpdatesAndRemoves() throws IOException {
    indexer.run(corpus, index, false);
    Files.writeString(
        corpus.resolve("new-page.txt"), page("Lighthouse keeper retires after forty years"));
    Files.writeString(
        corpus.resolve("wire.jsonl"),
        Files.readString(corpus.resolve("wire.jsonl")).replace("record high", "new high"));
    Files.delete(corpus.resolve("observatory.html"));

    ReindexReport report = indexer.run(corpus, index, false);

    assertEquals(1, report.added());
    assertEquals(4, report.updated());
    assertEquals(1, report.removed());
    assertEquals(1, report.unchanged());
    assertEquals(
        List.of("harbour-strike", "new-page", "wire-1", "wire-2", "wire-3", "wire:6"),
        Fixtures.ids(index));
    assertEquals(1, count("body", "new"));
  }

  @Test
  void aFileThatBecomesUnreadableLosesItsArticlesAndSaysWhy() throws IOException {
    indexer.run(corpus, index, false);
    Files.writeString(corpus.resolve("harbour-strike.txt"), "");

    ReindexReport report = indexer.run(corpus, index, false);

    assertEquals(1, report.removed());
    assertEquals("harbour-strike.txt: empty", report.skips().get(0).toString());
    assertFalse(Fixtures.ids(index).contains("harbour-strike"));
  }

  @Test
  void fullRunRebuildsTheSameIndex() throws IOException {
    indexer.run(corpus, index, false);
    ReindexReport full = indexer.run(corpus, index, true);

    assertEquals(6, full.added());
    assertEquals(0, full.unchanged());
    assertEquals(FIXTURE_IDS, Fixtures.ids(index));
  }

  @Test
  void badFilesAreReportedAndTheRestIndexed() throws IOException {
    Files.writeString(corpus.resolve("empty.txt"), "  \n");
    Files.write(corpus.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    Files.write(
        corpus.resolve("latin1.txt"),
        page("Caf\u00e9 owners protest new rules").getBytes(StandardCharsets.ISO_8859_1));
    try (var big = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
      big.setLength(50L * 1024 * 1024);
    }
    Files.writeString(corpus.resolve("README.md"), "# notes");

    ReindexReport report = indexer.run(corpus, index, false);

    List<String> skipped = report.skips().stream().map(Object::toString).toList();
    assertTrue(skipped.contains("empty.txt: empty"), skipped.toString());
    assertTrue(skipped.contains("huge.txt: too large (over 16 MB)"), skipped.toString());
    assertTrue(skipped.contains("image.txt: binary, not text"), skipped.toString());
    assertTrue(skipped.contains("README.md: not a corpus format (.md)"), skipped.toString());
    assertTrue(Fixtures.ids(index).contains("latin1"), "a page that is not UTF-8 is still indexed");
    assertEquals(1, count("headline", "cafe"), "accents are folded");
  }

  @Test
  void includeAndExcludeChooseFiles() throws IOException {
    var onlyJson = new Indexer(new CorpusFiles(List.of("*.jsonl"), List.of()), 1, null);
    onlyJson.run(corpus, index, true);
    assertEquals(List.of("wire-1", "wire-2", "wire-3", "wire:6"), Fixtures.ids(index));

    var noJson = new Indexer(new CorpusFiles(List.of(), List.of("*.jsonl")), 1, null);
    noJson.run(corpus, index, true);
    assertEquals(List.of("harbour-strike", "observatory"), Fixtures.ids(index));
  }

  @Test
  void aSingleFileCanBeTheCorpus() throws IOException {
    indexer.run(corpus.resolve("wire.jsonl"), index, false);
    assertEquals(List.of("wire-1", "wire-2", "wire-3", "wire:6"), Fixtures.ids(index));
  }

  @Test
  void duplicateIdsAreReportedNotOverwritten() throws IOException {
    Files.writeString(
        corpus.resolve("more.jsonl"),
        "{\"id\":\"wire-1\",\"headline\":\"Copy\",\"body\":\"A copy.\"}\n");

    ReindexReport report = indexer.run(corpus, index, false);

    assertEquals(FIXTURE_IDS, Fixtures.ids(index));
    assertTrue(
        report.skips().stream().anyMatch(s -> s.reason().startsWith("duplicate id")),
        report.summary());
  }

  @Test
  void pagesWhoseStemsClashKeepTheirExtension() throws IOException {
    Files.writeString(
        corpus.resolve("observatory.txt"), page("Observatory staff strike over funding cuts"));

    indexer.run(corpus, index, false);

    List<String> ids = Fixtures.ids(index);
    assertTrue(ids.contains("observatory.html") && ids.contains("observatory.txt"), ids.toString());
  }

  @Test
  void sidecarOverridesSourceUrlAndAuthors() throws IOException {
    indexer.run(corpus, index, false);
    Document doc = document("harbour-strike");
    assertEquals("Coastal Courier", doc.get(IndexSchema.SOURCE));
    assertEquals("https://example.org/harbour-strike", doc.get(IndexSchema.URL));
    assertEquals("Mira Holt", doc.get(IndexSchema.AUTHORS));
  }

  @Test
  void datesKeepTheirPrecisionAndInvalidOnesAreEmpty() throws IOException {
    indexer.run(corpus, index, false);
    assertEquals("2024-01-31", document("wire-1").get(IndexSchema.DATE));
    assertEquals("2024-02-03T17:45", document("wire-2").get(IndexSchema.DATE));
    assertEquals(
        null, document("wire-3").get(IndexSchema.DATE), "an invalid date never skips the article");
    assertEquals("2024-02", document("wire:6").get(IndexSchema.DATE));
    assertEquals("2023-09-05T08:30", document("observatory").get(IndexSchema.DATE));
  }

  @Test
  void anAbandonedRunLeavesThePreviousIndexSearchable() throws IOException {
    indexer.run(corpus, index, false);
    // A writer that dies before its commit, as a killed reindex does.
    try (var dir = FSDirectory.open(index)) {
      var schema = new IndexSchema();
      IndexWriter writer = schema.openWriter(dir, OpenMode.CREATE);
      writer.addDocument(
          new ArticleDocuments(schema, true)
              .of(
                  new Article(
                      "half-done",
                      "x",
                      Optional.empty(),
                      "",
                      "y",
                      "",
                      List.of(),
                      "p",
                      Extraction.GIVEN),
                  "v",
                  0L));
      writer.flush();
      writer.rollback();
    }
    assertEquals(FIXTURE_IDS, Fixtures.ids(index));
    assertEquals(6, indexer.run(corpus, index, false).unchanged());
  }

  private long count(String field, String term) throws IOException {
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, term)));
    }
  }

  private Document document(String id) throws IOException {
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      var searcher = new IndexSearcher(reader);
      var top = searcher.search(new TermQuery(IndexSchema.idTerm(id)), 1);
      return searcher.storedFields().document(top.scoreDocs[0].doc);
    }
  }

  private static String page(String headline) {
    return headline
        + "\n\nThe council met on Thursday evening to discuss the matter with residents of the old town and"
        + " agreed to publish a full report within the next three weeks of the meeting.\n";
  }
}
