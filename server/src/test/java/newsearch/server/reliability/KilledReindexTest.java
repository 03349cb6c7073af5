package newsearch.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsearch.indexer.Indexer;
import newsearch.indexer.reliability.ChildJvm;
import newsearch.indexer.reliability.Corpora;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.api.SearchApi;
import newsearch.server.search.lucene.LuceneSearchService;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsearch reindex} killed with SIGKILL at named, seeded points (early, mid-way, inside the
 * two-phase commit), proven by the phase markers of the indexer's test hook ({@code
 * -Dnewsearch.phaseLog}). The server keeps serving the previous complete index, the next reindex
 * finishes, and the index then holds exactly the corpus's articles: no duplicates, none missing.
 */
class KilledReindexTest {

  /** Where to kill: after phase marker {@code phase}, at once if the run pauses there. */
  record KillPoint(String phase, boolean pause, boolean full, int maxDelayMs) {}

  @TempDir Path tmp;

  @Test
  void killInsideTheCommitLeavesThePreviousIndexServed() throws Exception {
    killAndRecover(new KillPoint("committing", true, false, 0), 10, 200, 1);
  }

  @Test
  @Tag("stress")
  void killsAtSeededPointsLeaveThePreviousIndexServed() throws Exception {
    long seed = Long.getLong("newsearch.kill.seed", 2024);
    var points =
        List.of(
            new KillPoint("reading", false, false, 50),
            new KillPoint("halfway", false, true, 50),
            new KillPoint("halfway", false, false, 50),
            new KillPoint("committing", true, true, 0),
            new KillPoint("committing", false, false, 5));
    for (int i = 0; i < points.size(); i++) {
      killAndRecover(points.get(i), 40, 250, seed + i);
    }
  }

  private void killAndRecover(KillPoint point, int files, int perFile, long seed) throws Exception {
    var random = new Random(seed);
    Path dir = Files.createTempDirectory(tmp, point.phase());
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    Corpora.write(corpus, "a", files, perFile, "alpha", seed);
    new Indexer(new CorpusFiles(List.of(), List.of()), 2, null).run(corpus, index, true);
    Set<String> before = Corpora.ids(index);
    long generation = generation(index);
    changeCorpus(corpus, files, random);
    Set<String> after = Corpora.idsIn(corpus);

    var service = LuceneSearchService.open(index, 2000);
    Javalin app = SearchApi.create(service).start("127.0.0.1", 0);
    try {
      var http = new RawHttp(app.port(), 10_000);
      assertEquals(before.size(), total(http));

      int delay = point.maxDelayMs() == 0 ? 0 : random.nextInt(point.maxDelayMs());
      List<String> phases = runAndKill(dir.resolve("killed"), corpus, index, point, delay);
      String last = phases.stream().filter(p -> !p.equals("paused")).reduce((a, b) -> b).orElse("");
      System.out.printf(
          "kill -9 at %s (pause=%s, full=%s, +%d ms): phases seen %s; %,d articles before, %,d"
              + " after%n",
          point.phase(), point.pause(), point.full(), delay, phases, before.size(), after.size());
      boolean published = phases.contains("committed");
      if (published) {
        // Only a kill racing the end of the commit, not paused there, may land after it.
        assertTrue(
            !point.pause() && point.phase().equals("committing"),
            "the kill struck in another phase: " + phases);
      } else {
        assertEquals(point.phase(), last, "the kill struck in another phase: " + phases);
      }

      // The previous complete index: still served, also after a refresh, and whole on disk.
      assertEquals(before.size(), total(http));
      service.refresh();
      Set<String> onDisk = Corpora.ids(index);
      if (published) {
        assertEquals(after, onDisk, "a published commit must hold the whole new corpus");
      }
      if (!point.pause() && point.phase().equals("committing") && onDisk.equals(after)) {
        // Killed racing the last step of the commit, the rename that publishes it, and lost the
        // race: the new index is complete too. Atomic either way; never a mix.
        System.out.println("  the commit was published before the kill landed: new index, whole");
        assertEquals(after.size(), total(http));
      } else {
        assertEquals(before.size(), total(http));
        assertEquals(generation, generation(index));
        assertEquals(before, onDisk);
      }

      var next =
          ChildJvm.run(
              dir.resolve("next"),
              List.of("-Xmx256m"),
              "newsearch.indexer.ReindexCommand",
              300,
              "--corpus",
              corpus.toString(),
              "--index",
              index.toString(),
              "--threads",
              "2");
      assertEquals(0, next.exitCode(), next.stderr());
      service.refresh();
      assertEquals(after.size(), total(http));
      assertEquals(after, Corpora.ids(index));
      assertEquals(after.size(), liveDocs(index));
    } finally {
      app.stop();
      service.close();
    }
  }

  /** Starts the reindex, waits for its phase marker, kills it; returns the markers it printed. */
  private static List<String> runAndKill(
      Path work, Path corpus, Path index, KillPoint point, int delayMs) throws Exception {
    Files.createDirectories(work);
    var options = new ArrayList<>(List.of("-Xmx256m", "-Dnewsearch.phaseLog=true"));
    if (point.pause()) {
      options.add("-Dnewsearch.pauseAt=" + point.phase());
    }
    var args =
        new ArrayList<>(
            List.of("--corpus", corpus.toString(), "--index", index.toString(), "--threads", "2"));
    if (point.full()) {
      args.add("--full");
    }
    Process p =
        ChildJvm.builder(
                work, options, "newsearch.indexer.ReindexCommand", args.toArray(String[]::new))
            .start();
    try {
      String awaited = "phase=" + (point.pause() ? "paused" : point.phase());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!stderr(work).contains(awaited)) {
        assertTrue(p.isAlive(), () -> "the reindex ended before " + awaited + ": " + stderr(work));
        assertTrue(System.nanoTime() < deadline, "no " + awaited + " in 120 s");
        Thread.sleep(2);
      }
      if (delayMs > 0) {
        Thread.sleep(delayMs);
      }
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      assertEquals(137, p.exitValue(), "not killed by SIGKILL");
    } finally {
      p.destroyForcibly();
    }
    return stderr(work)
        .lines()
        .filter(l -> l.startsWith("phase="))
        .map(l -> l.substring(6))
        .toList();
  }

  private static String stderr(Path work) {
    try {
      return Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Deletes a tenth of the files, appends new articles to another tenth, adds new files. */
  private static void changeCorpus(Path corpus, int files, Random random) throws IOException {
    for (int f = 0; f < files; f++) {
      Path file = corpus.resolve(String.format("a-%03d.jsonl", f));
      if (f % 10 == 3) {
        Files.delete(file);
      } else if (f % 10 == 7) {
        Files.writeString(
            file, Corpora.line("a-more-" + f, "gamma", random) + "\n", StandardOpenOption.APPEND);
      }
    }
    Corpora.write(corpus, "b", Math.max(1, files / 10), 100, "beta", random.nextLong());
  }

  private static int total(RawHttp http) throws IOException {
    var res = http.send("GET", "/api/search?q=");
    assertEquals(200, res.status(), res.text());
    // Articles, not stories: the test counts what the index holds.
    return res.json().get("articles").asInt();
  }

  private static long generation(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getGeneration();
    }
  }

  private static int liveDocs(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      int n = 0;
      for (var leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            n += stored.document(d).get("id") == null ? 0 : 1;
          }
        }
      }
      return n;
    }
  }
}
