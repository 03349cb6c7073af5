package newsearch.indexer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsearch.indexer.extract.ArticleReaders;
import newsearch.indexer.extract.TextPageExtractor;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.IndexedFiles;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The indexing pipeline: corpus files → readers and extraction → articles → Lucene documents → one
 * commit. Until that commit, searchers see the previous index, whole; a run that is killed leaves
 * it untouched and the next run does the work again.
 */
public final class Indexer {

  private final IndexSchema schema = new IndexSchema();
  private final ArticleReaders readers = new ArticleReaders(new TextPageExtractor());
  private final CorpusFiles corpusFiles;
  private final int threads;
  private final PrintStream terminal;

  /**
   * @param corpusFiles which files of the corpus to read
   * @param threads workers for parsing and analysis
   * @param terminal where to draw a progress bar, or null for none
   */
  public Indexer(CorpusFiles corpusFiles, int threads, PrintStream terminal) {
    this.corpusFiles = corpusFiles;
    this.threads = threads;
    this.terminal = terminal;
  }

  /** Brings the index at {@code indexDir} up to date with {@code corpus}, or rebuilds it. */
  public ReindexReport run(Path corpus, Path indexDir, boolean full) throws IOException {
    long start = System.nanoTime();
    var report = new ReindexReport();
    List<CorpusFile> files = corpusFiles.list(corpus, (f, why) -> report.skipped(f, "", why));
    var progress = new Progress(terminal, files.stream().mapToLong(CorpusFile::size).sum());
    try (Directory dir = FSDirectory.open(indexDir)) {
      IndexedFiles previous = full ? IndexedFiles.none() : IndexedFiles.read(dir);
      try (IndexWriter writer =
          schema.openWriter(dir, full ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)) {
        Set<String> paths = files.stream().map(CorpusFile::relative).collect(Collectors.toSet());
        var run =
            new IndexingRun(writer, schema, readers, previous, paths, report, progress, threads);
        for (CorpusFile file : files) {
          run.submit(file);
        }
        run.finish();
        removeGone(writer, previous, paths, report);
        writer.setLiveCommitData(
            Map.of(
                    IndexSchema.BUILT_AT, Instant.now().toString(),
                    IndexSchema.CORPUS, corpus.toAbsolutePath().normalize().toString())
                .entrySet());
        writer.commit();
      } finally {
        previous.close();
        progress.done();
      }
    }
    report.finished((System.nanoTime() - start) / 1_000_000);
    return report;
  }

  private static void removeGone(
      IndexWriter writer, IndexedFiles previous, Set<String> paths, ReindexReport report)
      throws IOException {
    for (var entry : previous.all().entrySet()) {
      if (!paths.contains(entry.getKey())) {
        writer.deleteDocuments(IndexSchema.pathTerm(entry.getKey()));
        report.removed(entry.getValue().articles());
      }
    }
  }
}
