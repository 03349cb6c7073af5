package newsearch.indexer.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reindex that cannot write its index (the path is a file, the disk is full, another reindex
 * holds it) fails with one clear line and leaves the previous index exactly as it was.
 */
class UnwritableIndexTest {

  private static final String MAIN = "newsearch.indexer.ReindexCommand";

  @TempDir Path tmp;

  @Test
  void indexPathThatIsAFileFailsWithOneErrorLine() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Corpora.write(corpus, "a", 2, 20, "alpha", 1);
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "precious");
    for (Path index : List.of(file, file.resolve("below"))) {
      var result =
          ChildJvm.run(
              tmp.resolve("run-" + index.getFileName()),
              List.of("-Xmx128m"),
              MAIN,
              60,
              "--corpus",
              corpus.toString(),
              "--index",
              index.toString(),
              "--full");
      System.out.println(
          "index at a file "
              + index
              + ": exit "
              + result.exitCode()
              + ", "
              + result.stderr().strip());
      assertEquals(1, result.exitCode());
      assertOneErrorLine(result.stderr());
      assertEquals("precious", Files.readString(file));
    }
  }

  @Test
  void indexHeldByAnotherReindexFailsWithOneErrorLine() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Corpora.write(corpus, "a", 2, 20, "alpha", 1);
    Path index = tmp.resolve("index");
    try (IndexWriter held = new IndexSchema().openWriter(index, OpenMode.CREATE)) {
      var result =
          ChildJvm.run(
              tmp.resolve("run"),
              List.of("-Xmx128m"),
              MAIN,
              60,
              "--corpus",
              corpus.toString(),
              "--index",
              index.toString());
      System.out.println(
          "index locked: exit " + result.exitCode() + ", " + result.stderr().strip());
      assertEquals(1, result.exitCode());
      assertOneErrorLine(result.stderr());
      assertTrue(result.stderr().contains("another reindex"), result.stderr());
      assertTrue(held.isOpen());
    }
  }

  @Test
  void fullDiskLeavesThePreviousIndexUntouched() throws Exception {
    Path corpusA = tmp.resolve("a");
    Path corpusB = tmp.resolve("b");
    Set<String> idsA = Corpora.write(corpusA, "a", 10, 100, "alpha", 1);
    Set<String> idsB = Corpora.write(corpusB, "b", 20, 100, "beta", 2);
    Path index = tmp.resolve("index");
    indexer().run(corpusA, index, true);

    long needed;
    try (var counting =
        new FullDiskDirectory(FSDirectory.open(tmp.resolve("scratch")), Long.MAX_VALUE)) {
      indexer().run(corpusB, counting, true);
      needed = counting.written();
    }
    var random = new Random(7);
    // From the first byte to the middle of the run; then inside the commit: writing the new
    // segments file, the commit point itself.
    List<FullDiskDirectory.Fault> faults =
        List.of(
            new FullDiskDirectory.Fault(0, null),
            new FullDiskDirectory.Fault(4096, null),
            new FullDiskDirectory.Fault(needed / 4 + random.nextInt(4096), null),
            new FullDiskDirectory.Fault(needed / 2 + random.nextInt(4096), null),
            new FullDiskDirectory.Fault(Long.MAX_VALUE, "pending_segments"));
    long generation;
    try (Directory dir = FSDirectory.open(index)) {
      generation = Corpora.generation(dir);
      assertEquals(idsA, Corpora.ids(dir));
    }
    for (var fault : faults) {
      for (boolean full : List.of(true, false)) {
        String stderr;
        IOException e;
        PrintStream err = System.err;
        var captured = new ByteArrayOutputStream();
        try (var dir = fault.on(FSDirectory.open(index))) {
          System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
          e = assertThrows(IOException.class, () -> indexer().run(corpusB, dir, full));
        } finally {
          System.setErr(err);
          stderr = captured.toString(StandardCharsets.UTF_8);
        }
        System.out.printf(
            "disk full (%s, run writes %,d bytes, full=%s): %s%n", fault, needed, full, e);
        assertTrue(mentions(e, FullDiskDirectory.MESSAGE), () -> "unclear error: " + e);
        assertFalse(stderr.contains("\tat "), () -> "stack traces on stderr:\n" + stderr);
        try (Directory dir = FSDirectory.open(index)) {
          assertEquals(generation, Corpora.generation(dir));
          assertEquals(idsA, Corpora.ids(dir));
        }
      }
    }
    indexer().run(corpusB, index, false);
    try (Directory dir = FSDirectory.open(index)) {
      assertNotEquals(generation, Corpora.generation(dir));
      assertEquals(idsB, Corpora.ids(dir));
    }
  }

  private static Indexer indexer() {
    return new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);
  }

  private static boolean mentions(Throwable e, String message) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains(message)) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (mentions(s, message)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * One {@code error:} line and no stack trace. Lucene's own start-up note (java.util.logging,
   * about the vector API) may precede it: it is not ours to silence here.
   */
  static void assertOneErrorLine(String stderr) {
    List<String> lines =
        stderr
            .lines()
            .filter(l -> !l.isBlank())
            .filter(l -> !l.contains("org.apache.lucene.internal.vectorization"))
            .filter(l -> !l.startsWith("INFO: Java vector incubator API enabled"))
            .filter(l -> !l.startsWith("WARNING: Using incubator modules"))
            .toList();
    assertEquals(1, lines.size(), () -> "expected one line on stderr, got:\n" + lines);
    assertTrue(lines.get(0).startsWith("error: "), stderr);
  }
}
