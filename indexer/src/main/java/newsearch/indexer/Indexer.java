package newsearch.indexer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import newsearch.indexer.RunHooks.Phase;
import newsearch.indexer.extract.text.FurniturePass;
import newsearch.indexer.extract.text.TextPageExtractor;
import newsearch.indexer.furniture.BodyFurniture;
import newsearch.indexer.furniture.BodyFurnitureCounts;
import newsearch.indexer.furniture.Furniture;
import newsearch.indexer.index.FirstSeen;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.IndexedFiles;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.read.ArticleReaders;
import newsearch.indexer.read.BodyFurniturePass;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.CorpusFiles;
import newsearch.indexer.story.MinHash;
import newsearch.indexer.story.StoryClustering;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The indexing pipeline: corpus files → readers and extraction → articles → Lucene documents → one
 * commit. Until that commit, searchers see the previous index, whole; a run that is killed leaves
 * it untouched and the next run does the work again.
 */
public final class Indexer {

  private final IndexSchema schema = new IndexSchema();
  private final ArticleDocuments documents;
  private final CorpusFiles corpusFiles;
  private final int threads;
  private final PrintStream terminal;
  private RunHooks hooks = RunHooks.NONE;
  private boolean keepBodies;

  /**
   * @param corpusFiles which files of the corpus to read
   * @param threads workers for parsing and analysis
   * @param terminal where to draw a progress bar, or null for none
   */
  public Indexer(CorpusFiles corpusFiles, int threads, PrintStream terminal) {
    this(corpusFiles, threads, terminal, true);
  }

  /**
   * @param stories whether to group near-duplicate articles into stories: off makes indexing
   *     cheaper, and every article then stands alone
   */
  public Indexer(CorpusFiles corpusFiles, int threads, PrintStream terminal, boolean stories) {
    this.documents = new ArticleDocuments(schema, stories);
    this.corpusFiles = corpusFiles;
    this.threads = threads;
    this.terminal = terminal;
  }

  /** Sets the hooks that hear of each phase of a run (tests set them); returns this indexer. */
  public Indexer setHooks(RunHooks hooks) {
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    return this;
  }

  /**
   * Whether to index JSON-lines bodies exactly as given, without the corpus's furniture taken out;
   * returns this indexer.
   */
  public Indexer setKeepBodies(boolean keepBodies) {
    this.keepBodies = keepBodies;
    return this;
  }

  /** True when the index holds story signatures of another version (or of none recorded). */
  private static boolean olderSignatures(Directory dir) throws IOException {
    return DirectoryReader.indexExists(dir)
        && !MinHash.VERSION.equals(
            SegmentInfos.readLatestCommit(dir).getUserData().get(MinHash.COMMIT_KEY));
  }

  /** Brings the index at {@code indexDir} up to date with {@code corpus}, or rebuilds it. */
  public ReindexReport run(Path corpus, Path indexDir, boolean full) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir)) {
      return run(corpus, dir, full);
    }
  }

  /** The same on any Lucene directory (tests pass one that fails like a full disk). */
  public ReindexReport run(Path corpus, Directory dir, boolean askedFull) throws IOException {
    long start = System.nanoTime();
    boolean full = askedFull || olderSignatures(dir);
    var report = new ReindexReport();
    List<CorpusFile> files = corpusFiles.list(corpus, (f, why) -> report.skipped(f, "", why));
    var progress = new Progress(terminal, files.stream().mapToLong(CorpusFile::size).sum());
    // Furniture: learnt by a run from nothing, then kept with the commit for the runs after it.
    boolean fromNothing = full || !DirectoryReader.indexExists(dir);
    Furniture furniture = fromNothing ? FurniturePass.learn(files) : Furniture.of(dir);
    BodyFurniture bodies =
        !fromNothing
            ? BodyFurniture.of(dir)
            : keepBodies ? BodyFurniture.none() : BodyFurniturePass.learn(files);
    var bodyCounts = new BodyFurnitureCounts();
    var readers =
        new ArticleReaders(
            new TextPageExtractor(furniture),
            keepBodies ? BodyFurniture.none() : bodies,
            bodyCounts);
    IndexedFiles previous = full ? IndexedFiles.none() : IndexedFiles.read(dir);
    // Opened before the writer: a full rebuild replaces the index but keeps when each was seen.
    FirstSeen firstSeen = FirstSeen.of(dir, Instant.now());
    try (IndexWriter writer =
        schema.openWriter(dir, full ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)) {
      Set<String> paths = files.stream().map(CorpusFile::relative).collect(Collectors.toSet());
      var run =
          new IndexingRun(
              writer, documents, readers, previous, firstSeen, files, report, progress, threads);
      hooks.entering(Phase.READING);
      for (int i = 0; i < files.size(); i++) {
        if (i == files.size() / 2) {
          hooks.entering(Phase.HALFWAY);
        }
        run.submit(files.get(i));
      }
      run.finish();
      removeGone(writer, previous, paths, report);
      if (documents.stories() && report.added() + report.updated() + report.removed() > 0) {
        // Stories change only when articles do: an unchanged corpus skips the pass.
        long storyStart = System.nanoTime();
        StoryClustering.Result stories = StoryClustering.update(writer);
        report.stories(
            stories.stories(),
            stories.updated(),
            stories.candidatePairs(),
            (System.nanoTime() - storyStart) / 1_000_000);
      }
      writer.setLiveCommitData(
          Map.of(
                  IndexSchema.BUILT_AT, Instant.now().toString(),
                  IndexSchema.CORPUS, corpus.toAbsolutePath().normalize().toString(),
                  Furniture.COMMIT_KEY, furniture.serialize(),
                  BodyFurniture.COMMIT_KEY, bodies.serialize(),
                  MinHash.COMMIT_KEY, MinHash.VERSION)
              .entrySet());
      // Two-phase commit: the new segments are written and synced, then published atomically.
      writer.prepareCommit();
      hooks.entering(Phase.COMMITTING);
      writer.commit();
      hooks.entering(Phase.COMMITTED);
    } finally {
      previous.close();
      firstSeen.close();
      progress.done();
    }
    report.bodyFurniture(bodyCounts.summary(keepBodies ? BodyFurniture.none() : bodies));
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
