package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReindexCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = new CommandLine(new ReindexCommand()).execute(args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void printsTheReportAndExitsZero() throws IOException {
    Path corpus = Fixtures.copyArticles(Files.createDirectory(dir.resolve("corpus")));
    Run r = run("--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Indexed 6 articles"), r.out());
    assertTrue(r.out().contains("wire.jsonl line 3: bad JSON"), r.out());
  }

  @Test
  void missingCorpusIsOneLineAndExitOne() {
    Run r =
        run("--corpus", dir.resolve("nowhere").toString(), "--index", dir.resolve("i").toString());
    assertEquals(1, r.code());
    assertEquals(
        "error: corpus not found: " + dir.resolve("nowhere") + System.lineSeparator(), r.err());
  }

  @Test
  void anIndexPathThatIsAFileIsOneLineAndExitOne() throws IOException {
    Path corpus = Fixtures.copyArticles(Files.createDirectory(dir.resolve("corpus")));
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    Run r = run("--corpus", corpus.toString(), "--index", file.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("error: cannot write the index at " + file), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run r = run("--corpse", "x");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown options: '--corpse'"), r.err());
  }
}
