package newsearch.indexer.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus built to hurt the indexer (script in every field, control characters, a 1 GB file, a 10
 * MB line, deep and huge JSON, a gzip bomb, link loops, a link to an endless device) is indexed
 * safely or skipped with a reason, by the real command in a JVM with a small heap.
 */
class HostileCorpusTest {

  static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";
  private static final long GB = 1L << 30;

  @TempDir Path tmp;

  @Test
  void hostileFilesAreIndexedSafelyOrSkippedWithAReason() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Set<String> expected = writeHostileCorpus(corpus);
    Path index = tmp.resolve("index");
    long start = System.nanoTime();
    var result =
        ChildJvm.run(
            tmp.resolve("run"),
            List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
            "newsearch.indexer.ReindexCommand",
            300,
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--full",
            "--threads",
            "2");
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "hostile corpus, -Xmx256m, %d ms, exit %d:%n%s%s%n",
        ms, result.exitCode(), result.stdout(), result.stderr());
    assertEquals(0, result.exitCode(), result.stderr());
    String report = result.stdout();
    for (String skip :
        List.of(
            "huge.txt: too large",
            "huge.html: too large",
            "huge.jsonl line 1: too long",
            "one-line.jsonl line 1: too long",
            "bomb.jsonl.gz line 1: too long",
            "deep.jsonl line 1: bad JSON",
            "deep.jsonl line 2: bad JSON",
            "control.jsonl line 3: bad JSON",
            "loop: symbolic link loop")) {
      assertTrue(report.contains(skip), () -> "report lacks '" + skip + "':\n" + report);
    }
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Set<String> ids = Corpora.ids(dir);
      assertTrue(ids.containsAll(expected), () -> "missing: " + minus(expected, ids));
      var searcher = new IndexSearcher(reader);
      var xss =
          searcher
              .storedFields()
              .document(
                  searcher.search(new TermQuery(IndexSchema.idTerm("xss-1")), 1).scoreDocs[0].doc);
      // Stored as the text it is; the API escapes it (checked by the server's tests).
      assertEquals(XSS, xss.get(IndexSchema.HEADLINE));
      assertEquals(XSS, xss.get(IndexSchema.SOURCE));
    }
  }

  @Test
  @Tag("stress")
  void gigabyteJsonLinesFileWithoutNewlineIsStreamedInBoundedMemory() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Corpora.write(corpus, "good", 1, 10, "ordinary", 5);
    sparse(corpus.resolve("huge.jsonl"), GB);
    Files.writeString(
        corpus.resolve("huge.jsonl"),
        "\n{\"id\":\"last\",\"body\":\"after a gigabyte\"}\n",
        StandardOpenOption.APPEND);
    long start = System.nanoTime();
    var result =
        ChildJvm.run(
            tmp.resolve("run"),
            List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"),
            "newsearch.indexer.ReindexCommand",
            600,
            "--corpus",
            corpus.toString(),
            "--index",
            tmp.resolve("index").toString(),
            "--full");
    System.out.printf(
        "1 GB JSON-lines line, -Xmx64m, %d ms, exit %d:%n%s%n",
        (System.nanoTime() - start) / 1_000_000, result.exitCode(), result.stdout());
    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(result.stdout().contains("huge.jsonl line 1: too long"), result.stdout());
    try (Directory dir = FSDirectory.open(tmp.resolve("index"))) {
      assertTrue(Corpora.ids(dir).contains("last"));
      assertEquals(11, Corpora.ids(dir).size());
    }
  }

  /** Writes the corpus; returns the ids that must be in the index. */
  static Set<String> writeHostileCorpus(Path corpus) throws IOException {
    Files.createDirectories(corpus);
    var ids = new HashSet<>(Corpora.write(corpus.resolve("good"), "good", 2, 50, "ordinary", 3));
    String js = json(XSS);
    Files.writeString(
        corpus.resolve("xss.jsonl"),
        "{\"id\":\"xss-1\",\"headline\":"
            + js
            + ",\"source\":"
            + js
            + ",\"body\":"
            + js
            + ",\"url\":\"javascript:alert(1)\",\"authors\":["
            + js
            + "]}\n"
            + "{\"id\":\"xss-2\",\"headline\":\"</textarea><svg onload=alert(2)>\",\"body\":\"\\\"><iframe src=javascript:alert(3)>\"}\n");
    Files.writeString(
        corpus.resolve("xss.html"),
        "<html><head><title>"
            + XSS.replace("<", "&lt;")
            + "</title>"
            + "<meta property=\"og:site_name\" content=\"&lt;script&gt;alert(4)&lt;/script&gt;\">"
            + "<script>alert(5)</script></head><body onload=\"alert(6)\"><h1>Script &lt;b&gt; headline"
            + " here today</h1><article><p>"
            + "Body text with <b>markup</b> and"
            + " <script>alert(7)</script> inline script that should only ever be text. ".repeat(5)
            + "</p></article></body></html>");
    // Its stem clashes with xss.jsonl's, so its id keeps the extension.
    ids.addAll(List.of("xss-1", "xss-2", "xss.html"));
    // Control characters, escaped and raw, a lone surrogate, a NUL in an id, bidi overrides.
    Files.writeString(
        corpus.resolve("control.jsonl"),
        "{\"id\":\"ctl-1\",\"headline\":\"bell\\u0007 nul\\u0000 esc\\u001b[31m red \\u202e"
            + " rtl\",\"body\":\"lone \\ud800 surrogate and \\uffff noncharacter\"}\n"
            + "{\"id\":\"ctl\\u00002\",\"headline\":\"id with a NUL\",\"body\":\"text\"}\n"
            + "{\"id\":\"ctl-3\",\"headline\":\"raw \u0001\u0002\u0003 controls\",\"body\":\"line\u2028separator\"}\n");
    // Line 3 holds raw control characters inside strings: not JSON, so skipped with the reason.
    ids.addAll(List.of("ctl-1", "ctl\u00002"));
    // 1 GB pages of zeros: sparse, so cheap on disk; they must be refused unread. A JSON-lines
    // file of zeros with no newline is streamed (such files may be large): 64 MB here, 1 GB in
    // the stress test.
    sparse(corpus.resolve("huge.txt"), GB);
    sparse(corpus.resolve("huge.html"), GB);
    sparse(corpus.resolve("huge.jsonl"), 64L << 20);
    // One 10 MB line: as JSON lines (skipped, and the next line still read) and as a page.
    String tenMb = Corpora.words(new Random(4), 1_400_000);
    Files.writeString(
        corpus.resolve("one-line.jsonl"),
        "{\"id\":\"ten-mb\",\"body\":\""
            + tenMb
            + "\"}\n{\"id\":\"after-ten-mb\",\"body\":\"fine\"}\n");
    ids.add("after-ten-mb");
    Files.writeString(corpus.resolve("one-line.txt"), tenMb);
    // Deep nesting, a 5,000-digit number, a 3 MB value, a field of the wrong type.
    Files.writeString(
        corpus.resolve("deep.jsonl"),
        "{\"id\":\"deep-1\",\"x\":"
            + "[".repeat(100_000)
            + "]".repeat(100_000)
            + "}\n"
            + "{\"id\":\"deep-2\",\"n\":"
            + "9".repeat(5_000)
            + "}\n"
            + "{\"id\":\"big-value\",\"body\":\""
            + "news ".repeat(600_000)
            + "\"}\n"
            + "{\"id\":\"nested-ok\",\"x\":"
            + "[".repeat(50)
            + "]".repeat(50)
            + ",\"body\":\"ok\"}\n"
            + "{\"id\":{\"evil\":true},\"headline\":[1,2],\"body\":\"object id\"}\n");
    ids.addAll(List.of("big-value", "nested-ok", "deep:5"));
    // A gzip bomb: 100 MB of zeros in a hundred KB, no newline.
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(corpus.resolve("bomb.jsonl.gz")), 1 << 16)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 100; i++) {
        out.write(zeros);
      }
    }
    // A link loop, and a link to a device that never ends.
    Files.createSymbolicLink(corpus.resolve("loop"), corpus);
    Files.createSymbolicLink(corpus.resolve("zero.jsonl"), Path.of("/dev/zero"));
    Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("no-such-file"));
    return ids;
  }

  static void sparse(Path file, long size) throws IOException {
    try (var f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static List<String> minus(Set<String> a, Set<String> b) {
    var out = new ArrayList<>(a);
    out.removeAll(b);
    return out;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
