package newsearch.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import newsearch.indexer.extract.SourceAliases;
import newsearch.indexer.index.ExactValues;
import newsearch.indexer.index.FirstSeen;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.IndexedFiles;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.model.Article;
import newsearch.indexer.read.ArticleReader;
import newsearch.indexer.read.ArticleReaders;
import newsearch.indexer.read.ArticleSink;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;
import newsearch.indexer.source.FileVersion;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reindex run's work on its files, spread over a few threads: each file is read, and its
 * articles are analyzed and added, on a worker; a large JSON-lines file hands batches of articles
 * to the other workers. The queue is bounded, so memory does not grow with the corpus.
 */
final class IndexingRun {

  private static final Logger LOG = LoggerFactory.getLogger(IndexingRun.class);
  private static final int BATCH = 128;

  private final IndexWriter writer;
  private final ArticleDocuments documents;
  private final ArticleReaders readers;
  private final IndexedFiles previous;
  private final FirstSeen firstSeen;
  private final Map<String, CorpusFile> corpus;
  // Whether a file's articles stay as the index holds them (the file did not change), per path.
  private final Map<String, Boolean> kept = new ConcurrentHashMap<>();
  private final ReindexReport report;
  private final Progress progress;
  private final ThreadPoolExecutor pool;
  private final SeenIds seenIds = new SeenIds();
  private final AtomicReference<IOException> fatal = new AtomicReference<>();
  // Counts queued tasks: the pool is shut down only when none is left, since a task may queue more.
  private final Phaser pending = new Phaser(1);

  IndexingRun(
      IndexWriter writer,
      ArticleDocuments documents,
      ArticleReaders readers,
      IndexedFiles previous,
      FirstSeen firstSeen,
      List<CorpusFile> files,
      ReindexReport report,
      Progress progress,
      int threads) {
    this.writer = writer;
    this.documents = documents;
    this.readers = readers;
    this.previous = previous;
    this.firstSeen = firstSeen;
    this.corpus =
        files.stream().collect(Collectors.toMap(CorpusFile::relative, f -> f, (a, b) -> a));
    this.report = report;
    this.progress = progress;
    // Caller-runs keeps the queue bounded: a producer that gets ahead does the work itself. The
    // queue holds only file names, so it is deep enough that the workers do not run dry while the
    // producer is busy with a page of its own.
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * 16),
            Thread.ofPlatform().name("indexer-", 0).factory(),
            new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Queues one file: skipped when unchanged, else its old articles replaced by its new ones. */
  void submit(CorpusFile file) throws IOException {
    throwIfFatal();
    Optional<ArticleReader> reader = readers.forFile(file);
    if (reader.isEmpty()) {
      report.skipped(file.relative(), "", "not a corpus format (." + file.extension() + ")");
      progress.bytes(file.size());
      return;
    }
    if (file.size() > reader.get().maxFileBytes()) {
      // Checked before the file is hashed: a 1 GB "page" is refused without reading it.
      report.skipped(
          file.relative(),
          "",
          "too large (over " + reader.get().maxFileBytes() / (1 << 20) + " MB)");
      progress.bytes(file.size());
      return;
    }
    Optional<IndexedFiles.IndexedFile> before = previous.get(file.relative());
    if (kept(file.relative())) {
      report.unchanged(before.get().articles());
      progress.bytes(file.size());
      return;
    }
    execute(() -> readFile(file, reader.get(), before.map(IndexedFiles.IndexedFile::articles)));
  }

  private void execute(Runnable task) {
    pending.register();
    pool.execute(
        () -> {
          try {
            task.run();
          } finally {
            pending.arriveAndDeregister();
          }
        });
  }

  /**
   * @param before how many articles the index held of this file, if it held any
   */
  private void readFile(CorpusFile file, ArticleReader reader, Optional<Integer> before) {
    if (fatal.get() != null) {
      return;
    }
    boolean replacing = before.isPresent();
    try {
      String version = FileVersion.of(file);
      if (replacing) {
        writer.deleteDocuments(IndexSchema.pathTerm(file.relative()));
      }
      var sink = new FileSink(file, version, replacing);
      reader.read(file, sink);
      sink.flush();
      report.fileRead(file.size());
    } catch (FileSkipped e) {
      report.skipped(file.relative(), "", e.getMessage());
      before.ifPresent(report::removed);
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      if (isWriterFailure()) {
        fatal.compareAndSet(null, io);
      } else {
        report.skipped(file.relative(), "", "cannot read: " + reason(io));
      }
    } catch (RuntimeException e) {
      if (isWriterFailure()) {
        writerFailed(e);
        return;
      }
      // One bad file must not stop the run; the stack trace goes to the log for a bug report.
      LOG.warn("Failed on {}", file.relative(), e);
      report.skipped(file.relative(), "", "failed: " + e);
    } finally {
      progress.bytes(file.size());
    }
  }

  /** File-system errors carry only the path as their message: say what happened. */
  private static String reason(IOException e) {
    return switch (e) {
      case NoSuchFileException x -> "gone (deleted while the reindex ran)";
      case AccessDeniedException x -> "permission denied";
      default -> e.getMessage();
    };
  }

  private boolean isWriterFailure() {
    return writer.getTragicException() != null || !writer.isOpen();
  }

  /**
   * The writer failed (a full disk): the first cause fails the run, once. The "writer is closed"
   * errors other threads hit after it are echoes of it, not bugs to log with a stack trace.
   */
  private void writerFailed(Exception e) {
    Throwable cause = writer.getTragicException() != null ? writer.getTragicException() : e;
    fatal.compareAndSet(
        null, e instanceof IOException io ? io : new IOException(cause.getMessage(), cause));
  }

  /** Collects one file's articles, checks their ids, and indexes them in batches. */
  private final class FileSink implements ArticleSink {
    private final CorpusFile file;
    private final String version;
    private final boolean replacing;
    private List<Article> batch = new ArrayList<>();

    FileSink(CorpusFile file, String version, boolean replacing) {
      this.file = file;
      this.version = version;
      this.replacing = replacing;
    }

    @Override
    public void accept(Article found) {
      if (!ExactValues.idFits(found.id())) {
        skipped(
            "article " + found.id().substring(0, 40) + "…",
            String.format("id longer than %,d characters", ExactValues.MAX_CHARS));
        return;
      }
      // One name per outlet whatever the reader, so that the source facet counts each outlet once
      // (source-aliases.txt).
      ExactValues.Fitted fitted = ExactValues.fit(SourceAliases.defaults().apply(found));
      Article article = fitted.article();
      fitted.cut().forEach(c -> report.shortened(file.relative(), "article " + article.id(), c));
      Optional<String> clash = clash(article);
      if (clash.isPresent()) {
        skipped("article " + article.id(), "duplicate id, first seen in " + clash.get());
        return;
      }
      batch.add(article);
      if (batch.size() >= BATCH) {
        List<Article> full = batch;
        batch = new ArrayList<>();
        execute(() -> index(full));
      }
    }

    @Override
    public void skipped(String where, String reason) {
      report.skipped(file.relative(), where, reason);
    }

    void flush() {
      index(batch);
    }

    private Optional<String> clash(Article article) {
      String first = seenIds.putIfAbsent(article.id(), file.relative());
      if (first != null) {
        return Optional.of(first);
      }
      try {
        // The index holds this id from another file: a clash only if that file keeps its old
        // articles. A file read again in this run holds what it holds now (an article moved from
        // it to this one is not a duplicate).
        return previous.pathOf(article.id()).filter(p -> !p.equals(file.relative()) && kept(p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void index(List<Article> articles) {
      try {
        for (Article a : articles) {
          try {
            writer.addDocument(documents.of(a, version, firstSeen.of(a.id())));
          } catch (IllegalArgumentException e) {
            // Lucene refused this document alone (the writer is fine): the others go on.
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            skipped(
                "article " + a.id(),
                "not indexable: " + why.substring(0, Math.min(200, why.length())));
            continue;
          }
          report.added(replacing, a.headline().length() + a.body().length(), a.extraction());
          progress.article();
        }
      } catch (IOException | AlreadyClosedException e) {
        writerFailed(e);
      }
    }
  }

  /**
   * Whether the file at {@code path} is in the corpus, unchanged since the index read it; asked
   * once a file, since the answer may take hashing it. A file that cannot be read is not kept: its
   * reading then reports why.
   */
  private boolean kept(String path) {
    return kept.computeIfAbsent(
        path,
        p -> {
          CorpusFile file = corpus.get(p);
          Optional<IndexedFiles.IndexedFile> before = previous.get(p);
          if (file == null || before.isEmpty()) {
            return false;
          }
          try {
            return FileVersion.matches(file, before.get().version());
          } catch (UncheckedIOException e) {
            return false;
          }
        });
  }

  /** Waits for every queued file; rethrows the first failure of the index writer. */
  void finish() throws IOException {
    try {
      int phase = pending.arrive();
      while (true) {
        try {
          pending.awaitAdvanceInterruptibly(phase, 1, TimeUnit.SECONDS);
          break;
        } catch (TimeoutException e) {
          throwIfFatal();
        }
      }
      pool.shutdown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
      throw new IOException("Reindex interrupted", e);
    }
    throwIfFatal();
  }

  private void throwIfFatal() throws IOException {
    IOException e = fatal.get();
    if (e != null) {
      pool.shutdownNow();
      throw e;
    }
  }
}
