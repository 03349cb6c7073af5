package newsearch.indexer.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files deleted, added, rewritten and appended to while a reindex runs. The reindex finishes (what
 * vanished is skipped with a reason), and the next run over the settled corpus holds exactly its
 * articles.
 */
class ChangingCorpusTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  @TempDir Path tmp;

  @ParameterizedTest(name = "full={0}")
  @ValueSource(booleans = {false, true})
  void corpusChangingDuringAReindexIsHandled(boolean full) throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    Corpora.write(corpus, "a", 100, 40, "alpha", 11);
    indexer().run(corpus, index, true);
    // Every file changes, so the incremental run must hash and re-read each one.
    Corpora.write(corpus, "a", 100, 40, "beta", 12);

    var random = new Random(full ? 13 : 14);
    var stop = new AtomicBoolean();
    var changes = new AtomicInteger();
    Thread mutator =
        Thread.ofPlatform()
            .start(
                () -> {
                  for (int i = 0; i < 3_000 && !stop.get(); i++) {
                    try {
                      mutate(corpus, random, i);
                      changes.incrementAndGet();
                      Thread.sleep(1);
                    } catch (IOException e) {
                      // A file the indexer holds open, or one already gone: try another.
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
    ReindexReport report;
    try {
      report = indexer().run(corpus, index, full);
    } finally {
      stop.set(true);
      mutator.join(10_000);
    }
    System.out.printf(
        "changing corpus (full=%s): %d changes during the run; %s",
        full, changes.get(), report.summary().lines().findFirst().orElse(""));
    report.skips().stream().limit(10).forEach(s -> System.out.println("  " + s));
    assertTrue(changes.get() > 0);

    report = indexer().run(corpus, index, false);
    Set<String> expected = idsIn(corpus);
    try (Directory dir = FSDirectory.open(index)) {
      Set<String> ids = Corpora.ids(dir);
      System.out.printf(
          "settled corpus: %,d articles expected, %,d in the index%n", expected.size(), ids.size());
      assertEquals(expected, ids);
    }
    assertEquals(expected.size(), report.total());
  }

  /** One change: delete a file, add one, rewrite one, or append to one. */
  private static void mutate(Path corpus, Random random, int i) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.sorted().toList();
    }
    if (files.isEmpty()) {
      return;
    }
    Path victim = files.get(random.nextInt(files.size()));
    switch (random.nextInt(4)) {
      case 0 -> Files.deleteIfExists(victim);
      case 1 -> Corpora.write(corpus, "new" + i, 1, 20, "gamma", i);
      case 2 -> Corpora.write(corpus, "new" + i, 1, 5, "delta", i);
      default -> {
        String line = Corpora.line("app-" + i, "epsilon", random) + "\n";
        try {
          Files.writeString(victim, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (NoSuchFileException e) {
          // Deleted meanwhile.
        }
      }
    }
  }

  private static Set<String> idsIn(Path corpus) throws IOException {
    var ids = new HashSet<String>();
    try (Stream<Path> s = Files.list(corpus)) {
      for (Path file : s.toList()) {
        for (String line : Files.readAllLines(file)) {
          Matcher m = ID.matcher(line);
          if (m.find()) {
            ids.add(m.group(1));
          }
        }
      }
    }
    return ids;
  }

  private static Indexer indexer() {
    return new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);
  }
}
