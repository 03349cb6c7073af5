package newsearch.bench.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.source.CorpusFiles;

/**
 * Indexes one corpus file with newsearch's {@link Indexer} (a full reindex) and with the {@link
 * BareIndexer}, each into a fresh folder, measuring wall time, peak heap and index size.
 */
public final class IndexingBench {

  private final int threads;

  public IndexingBench(int threads) {
    this.threads = threads;
  }

  /** The bare baseline on {@code corpus}, into a fresh {@code bareIndex}. */
  public IndexingResult bare(Path corpus, CorpusSize size, Path bareIndex) throws IOException {
    return measure("bare", size, bareIndex, () -> BareIndexer.run(corpus, bareIndex, threads));
  }

  /** A full newsearch reindex of {@code corpus} into a fresh {@code index}. */
  public IndexingResult newsearch(Path corpus, CorpusSize size, Path index, boolean stories)
      throws IOException {
    return measure(
        stories ? "newsearch" : "newsearch, stories off",
        size,
        index,
        () -> {
          var indexer = new Indexer(new CorpusFiles(List.of(), List.of()), threads, null, stories);
          ReindexReport report = indexer.run(corpus, index, true);
          if (!report.skips().isEmpty()) {
            System.err.println("newsearch skipped: " + report.skips().size() + " parts");
          }
          return report.total();
        });
  }

  /** Work that indexes and returns the articles it indexed. */
  @FunctionalInterface
  interface IndexingWork {
    long index() throws IOException;
  }

  private static IndexingResult measure(
      String name, CorpusSize size, Path indexDir, IndexingWork work) throws IOException {
    delete(indexDir);
    Files.createDirectories(indexDir);
    System.gc();
    long start = System.nanoTime();
    long articles;
    long peak;
    try (var heap = new HeapSampler()) {
      articles = work.index();
      peak = heap.peak();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return IndexingResult.of(name, articles, size.bytes(), millis, peak, sizeOf(indexDir));
  }

  /** Bytes of the files under {@code dir}. */
  public static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(IndexingBench::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a folder and everything in it, if it exists. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
