package newsearch.bench.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures the index's story ids on an {@link EditedSet}: the versions are made from the corpus,
 * indexed beside their sources, the hard negatives and the judged real pairs by the real {@link
 * Indexer} (whose story pass is the one reindex runs), and the story ids are read back.
 */
final class StoryEval {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Pair counts of one group. */
  static final class Counts {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(boolean truth, boolean joined) {
      if (truth) {
        if (joined) {
          tp++;
        } else {
          fn++;
        }
      } else if (joined) {
        fp++;
      } else {
        tn++;
      }
    }

    String precision() {
      return tp + fp == 0 ? " n/a" : String.format("%.3f", tp / (double) (tp + fp));
    }

    String recall() {
      return tp + fn == 0 ? " n/a" : String.format("%.3f", tp / (double) (tp + fn));
    }
  }

  private StoryEval() {}

  /** Makes, indexes and measures; {@code work} is an empty folder for the corpus and index. */
  static void run(Path corpus, EditedSet set, Path work, int threads, PrintStream out)
      throws IOException {
    List<JudgedPairs> judged = JudgedPairs.read();
    Set<String> ids = new LinkedHashSet<>(set.articleIds());
    judged.forEach(p -> ids.addAll(List.of(p.a(), p.b())));
    Map<String, ObjectNode> articles = CorpusArticles.read(corpus, ids);
    Path folder = Files.createDirectories(work.resolve("corpus"));
    int made = writeCorpus(set, articles, folder.resolve("stories.jsonl"));
    Path index = work.resolve("index");
    // Bodies as given: learning body furniture from this small corpus, where each source comes
    // four times, would take the copies' shared paragraphs for boilerplate.
    ReindexReport report =
        new Indexer(new CorpusFiles(List.of(), List.of()), threads, null)
            .setKeepBodies(true)
            .run(folder, index, true);
    out.printf(
        "Indexed %d articles (%d corpus articles, %d versions made; %d ids not in the corpus),"
            + " %d skipped.%n",
        report.added(), articles.size(), made, ids.size() - articles.size(), report.skips().size());
    Map<String, Long> stories = stories(index);
    report(set, judged, stories, out);
  }

  private static int writeCorpus(EditedSet set, Map<String, ObjectNode> articles, Path file)
      throws IOException {
    int made = 0;
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (ObjectNode node : articles.values()) {
        w.write(JSON.writeValueAsString(node));
        w.newLine();
      }
      for (EditedSet.Version v : set.versions()) {
        ObjectNode source = articles.get(v.source());
        if (source == null) {
          continue;
        }
        ObjectNode donor = articles.get(v.donor());
        String body =
            EditedCopy.make(
                CorpusArticles.text(source, "body"),
                v.recipe(),
                v.seed(),
                donor == null ? "" : CorpusArticles.text(donor, "body"));
        ObjectNode copy = source.deepCopy();
        copy.put("id", v.id());
        copy.put("body", body);
        copy.put("source", "Edited copy " + v.id().substring(v.id().lastIndexOf('~') + 1));
        copy.put("source_domain", "edited.example");
        copy.put("url", "https://edited.example/" + v.id());
        w.write(JSON.writeValueAsString(copy));
        w.newLine();
        made++;
      }
    }
    return made;
  }

  /** Each live article's story value, by id. */
  private static Map<String, Long> stories(Path index) throws IOException {
    var out = new HashMap<String, Long>();
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedSetDocValues idValues = leaf.reader().getSortedSetDocValues(IndexSchema.ID);
        NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
        var live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if ((live != null && !live.get(d)) || idValues == null || !idValues.advanceExact(d)) {
            continue;
          }
          String id = idValues.lookupOrd(idValues.nextOrd()).utf8ToString();
          boolean has = story != null && story.advanceExact(d);
          out.put(id, has ? story.longValue() : IndexSchema.storyKey(id));
        }
      }
    }
    return out;
  }

  private static void report(
      EditedSet set, List<JudgedPairs> judged, Map<String, Long> stories, PrintStream out) {
    var byShape = new LinkedHashMap<String, Counts>();
    var copies = new Counts();
    var joinedNegatives = new ArrayList<String>();
    int missing = 0;
    for (EditedSet.Version v : set.versions()) {
      Long a = stories.get(v.id());
      Long b = stories.get(v.source());
      if (a == null || b == null) {
        missing++;
        continue;
      }
      boolean joined = a.equals(b);
      copies.add(true, joined);
      byShape.computeIfAbsent(v.shape(), s -> new Counts()).add(true, joined);
      byShape.computeIfAbsent(v.shape() + " @" + v.strength(), s -> new Counts()).add(true, joined);
    }
    for (EditedSet.Pair p : set.different()) {
      Long a = stories.get(p.a());
      Long b = stories.get(p.b());
      if (a == null || b == null) {
        missing++;
        continue;
      }
      copies.add(false, a.equals(b));
      if (a.equals(b)) {
        joinedNegatives.add(p.a() + " " + p.b());
      }
    }
    out.printf(
        "%nEdited copies: %d versions (each paired with its source), %d hard negatives"
            + " (same day, other outlets, same names)%s%n",
        set.versions().size(),
        set.different().size(),
        missing > 0 ? ", " + missing + " pairs not in the index" : "");
    out.printf("%-26s %6s %6s %7s%n", "recipe", "pairs", "joined", "recall");
    byShape.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.printf(
                    "%-26s %6d %6d %7s%n",
                    e.getKey(),
                    e.getValue().tp + e.getValue().fn,
                    e.getValue().tp,
                    e.getValue().recall()));
    out.printf(
        "%-26s TP %d FP %d FN %d TN %d  precision %s  recall %s%n",
        "edited set, all",
        copies.tp,
        copies.fp,
        copies.fn,
        copies.tn,
        copies.precision(),
        copies.recall());
    // Their ids, to read what joined them: the negatives are few enough to list.
    joinedNegatives.forEach(p -> out.println("  negative joined: " + p));
    var real = new Counts();
    int realMissing = 0;
    for (JudgedPairs p : judged) {
      Long a = stories.get(p.a());
      Long b = stories.get(p.b());
      if (a == null || b == null) {
        realMissing++;
        continue;
      }
      real.add(p.same(), a.equals(b));
    }
    out.printf(
        "%-26s TP %d FP %d FN %d TN %d  precision %s  recall %s%s%n",
        "judged real pairs (" + judged.size() + ")",
        real.tp,
        real.fp,
        real.fn,
        real.tn,
        real.precision(),
        real.recall(),
        realMissing > 0 ? "  (" + realMissing + " not in the corpus)" : "");
  }
}
