package newsearch.indexer.furniture;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.model.Article;
import newsearch.indexer.read.ArticleSink;
import newsearch.indexer.read.BodyFurniturePass;
import newsearch.indexer.read.JsonLinesReader;
import newsearch.indexer.source.CorpusFiles;
import org.junit.jupiter.api.Test;

class DebugProbeTest {
  @Test
  void probe() throws Exception {
    Path p = Path.of(System.getProperty("probe.corpus", "/work/shared/data/news-allsides.sample-500.jsonl.gz"));
    var files = new CorpusFiles(List.of(), List.of()).list(p, (f, w) -> {});
    var arts = new ArrayList<Article>();
    new JsonLinesReader().read(files.get(0), new ArticleSink() {
      public void accept(Article a) { arts.add(a); }
      public void skipped(String w, String r) {}
    });
    for (int rep = 0; rep < 2; rep++) {
    long t0 = System.nanoTime();
    var l = new BodyFurnitureLearner(w -> w.equals("the") || w.equals("that"));
    arts.forEach(a -> l.add(a.source(), a.body()));
    long t1 = System.nanoTime();
    boolean r = l.needsRecount();
    long t2 = System.nanoTime();
    arts.forEach(a -> l.recount(a.body()));
    long t3 = System.nanoTime();
    l.freeze();
    long t4 = System.nanoTime();
    System.out.println("pass1 " + (t1-t0)/1000000 + " cand " + (t2-t1)/1000000 + " pass2 " + (t3-t2)/1000000 + " freeze " + (t4-t3)/1000000);
    }
    long t0 = System.nanoTime();
    BodyFurniture b = BodyFurniturePass.learn(files);
    System.out.println("learn ms " + (System.nanoTime() - t0) / 1_000_000);
    try (var out = new PrintStream(System.getProperty("probe.out", "/tmp/jb/probe.txt"))) {
      b.lines().forEach(e -> out.println("L " + e));
      b.prefixes().forEach(e -> out.println("P " + e));
      var counts = new BodyFurnitureCounts();
      for (Article a : arts) {
        CleanedBody c = b.clean(a.source(), a.body());
        counts.add(c);
        if (c.keptWhole()) out.println("KEPTWHOLE " + a.id());
        if (c.removals().isEmpty()) continue;
        var kept = new java.util.HashSet<>(List.of(c.text().split("\n")));
        for (String line : a.body().split("\n")) {
          String s = line.strip();
          if (s.isEmpty() || kept.contains(s)) continue;
          String after = kept.stream().filter(k -> !k.isBlank() && s.endsWith(k)).findFirst().orElse(null);
          out.println((after == null ? "DROP " : "CUT  ") + a.source() + " | " + s + (after == null ? "" : "\n       -> " + after));
        }
      }
      out.println(counts.summary(b));
    }
  }
}
