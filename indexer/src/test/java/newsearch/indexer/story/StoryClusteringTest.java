package newsearch.indexer.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story ids over real reindex runs, full and incremental, as articles come and go. */
class StoryClusteringTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private final Indexer indexer = new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);

  @Test
  void copiesShareTheSmallestIdAsStoryAndOtherArticlesKeepTheirOwn() throws IOException {
    write("b.jsonl", line("wire-b", MinHashTest.WIRE.replace("fast way", "quick way")));
    write("c.jsonl", line("wire-c", MinHashTest.WIRE + " The mayor called it a historic day."));
    write("x.jsonl", line("other", OTHER));
    indexer.run(corpus, index, true);

    Map<String, Long> stories = stories();
    assertEquals(IndexSchema.storyKey("wire-b"), stories.get("wire-b"));
    assertEquals(IndexSchema.storyKey("wire-b"), stories.get("wire-c"));
    assertEquals(IndexSchema.storyKey("other"), stories.get("other"));
  }

  @Test
  void incrementalRunsKeepStoryIdsRightAsCopiesAreAddedAndRemoved() throws IOException {
    write("b.jsonl", line("wire-b", MinHashTest.WIRE.replace("fast way", "quick way")));
    write("x.jsonl", line("other", OTHER));
    indexer.run(corpus, index, false);
    assertEquals(IndexSchema.storyKey("wire-b"), stories().get("wire-b"));

    // A copy with a smaller id arrives: both take its id.
    write("a.jsonl", line("wire-a", MinHashTest.WIRE));
    indexer.run(corpus, index, false);
    assertEquals(IndexSchema.storyKey("wire-a"), stories().get("wire-a"));
    assertEquals(IndexSchema.storyKey("wire-a"), stories().get("wire-b"));

    // A third copy joins; then the first goes away and the story is named after the next.
    write("c.jsonl", line("wire-c", MinHashTest.WIRE + " The mayor called it a historic day."));
    indexer.run(corpus, index, false);
    assertEquals(IndexSchema.storyKey("wire-a"), stories().get("wire-c"));
    Files.delete(corpus.resolve("a.jsonl"));
    indexer.run(corpus, index, false);
    assertEquals(IndexSchema.storyKey("wire-b"), stories().get("wire-b"));
    assertEquals(IndexSchema.storyKey("wire-b"), stories().get("wire-c"));

    // A copy rewritten into another text leaves the story; the last copy stands alone again.
    write("c.jsonl", line("wire-c", OTHER.replace("harvest", "vintage") + " A second paragraph."));
    indexer.run(corpus, index, false);
    Map<String, Long> stories = stories();
    assertEquals(IndexSchema.storyKey("wire-b"), stories.get("wire-b"));
    assertNotEquals(stories.get("wire-b"), stories.get("wire-c"));
    assertEquals(IndexSchema.storyKey("other"), stories.get("other"));
  }

  @Test
  void manyExactCopiesAndAnEditedOneAllJoinOneStory() throws IOException {
    // Exact copies share every band: each bucket's pairs must still be taken, once.
    for (int i = 0; i < 12; i++) {
      write("copy" + i + ".jsonl", line("copy-" + (char) ('a' + i), MinHashTest.WIRE));
    }
    write("edited.jsonl", line("edited", MinHashTest.WIRE.replace("fast way", "quick way")));
    write("x.jsonl", line("other", OTHER));
    indexer.run(corpus, index, true);

    Map<String, Long> stories = stories();
    long story = IndexSchema.storyKey("copy-a");
    for (int i = 0; i < 12; i++) {
      assertEquals(story, stories.get("copy-" + (char) ('a' + i)));
    }
    assertEquals(story, stories.get("edited"));
    assertEquals(IndexSchema.storyKey("other"), stories.get("other"));
  }

  @Test
  void aWireStoryOf150CopiesIsOneStory() throws IOException {
    // More copies than a bucket gives all pairs for: each is compared with the bucket's first.
    write("wire.jsonl", copies(150));
    write("x.jsonl", line("other", OTHER));
    indexer.run(corpus, index, true);

    Map<String, Long> stories = stories();
    long story = IndexSchema.storyKey("copy-0000");
    for (int i = 0; i < 150; i++) {
      assertEquals(story, stories.get(String.format("copy-%04d", i)), "copy " + i);
    }
    assertEquals(IndexSchema.storyKey("other"), stories.get("other"));
  }

  @Test
  void aStoryStopsGrowingAtTheCap() throws IOException {
    int copies = StoryClustering.MAX_STORY + 50;
    write("wire.jsonl", copies(copies));
    indexer.run(corpus, index, true);

    Map<Long, Integer> sizes = new HashMap<>();
    stories().values().forEach(s -> sizes.merge(s, 1, Integer::sum));
    assertEquals(copies, sizes.values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(
        StoryClustering.MAX_STORY,
        sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    assertEquals(StoryClustering.MAX_STORY, sizes.get(IndexSchema.storyKey("copy-0000")));
  }

  @Test
  void withStoriesOffCopiesStandAloneAndNoSignatureIsIndexed() throws IOException {
    write("a.jsonl", line("wire-a", MinHashTest.WIRE));
    write("b.jsonl", line("wire-b", MinHashTest.WIRE));
    new Indexer(new CorpusFiles(List.of(), List.of()), 2, null, false).run(corpus, index, true);

    Map<String, Long> stories = stories();
    assertEquals(IndexSchema.storyKey("wire-a"), stories.get("wire-a"));
    assertEquals(IndexSchema.storyKey("wire-b"), stories.get("wire-b"));
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      assertEquals(0, reader.getSumDocFreq(IndexSchema.STORY_BAND));
    }
  }

  @Test
  void aVersionThatAddedAnotherArticlesParagraphsDoesNotJoinThatArticlesStory() throws IOException {
    String wire = String.join("\\n\\n", EditedCopiesTest.WIRE);
    String second = String.join("\\n\\n", SECOND);
    write("a.jsonl", line("wire-a", wire));
    // Whole of the second article inside a version of the first: it holds both.
    write("b.jsonl", line("wire-b", wire + "\\n\\n" + second));
    write("c.jsonl", line("wire-c", second));
    indexer.run(corpus, index, true);

    Map<String, Long> stories = stories();
    assertEquals(IndexSchema.storyKey("wire-a"), stories.get("wire-b"));
    assertEquals(IndexSchema.storyKey("wire-c"), stories.get("wire-c"));
  }

  @Test
  void anOutletsFollowUpReusingItsBackgroundIsAnotherStory() throws IOException {
    String[] wire = EditedCopiesTest.WIRE;
    String first = String.join("\\n\\n", wire);
    String followUp =
        String.join("\\n\\n", SECOND[0], SECOND[1], wire[2], wire[4], wire[5], wire[6]);
    write(
        "a.jsonl",
        line("wire-a", first, "Harbour News") + line("wire-b", followUp, "Harbour News"));
    indexer.run(corpus, index, true);
    assertNotEquals(stories().get("wire-a"), stories().get("wire-b"));

    // The same two texts from two outlets: a version that cut the lead and wrote its own.
    write(
        "a.jsonl", line("wire-a", first, "Harbour News") + line("wire-b", followUp, "Coast Daily"));
    indexer.run(corpus, index, true);
    assertEquals(stories().get("wire-a"), stories().get("wire-b"));
  }

  @Test
  void storiesTakenAFewArticlesAtATimeAreTheSameStories() throws IOException {
    var second = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      second.append(line("fire-" + i, String.join(" ", SECOND) + " Desk " + i + ".", "Paper " + i));
    }
    write("a.jsonl", copies(5) + second + line("other", OTHER));
    indexer.run(corpus, index, true);
    Map<String, Long> whole = stories();
    assertEquals(whole.get("copy-0000"), whole.get("copy-0004"));
    assertEquals(whole.get("fire-0"), whole.get("fire-2"));
    assertNotEquals(whole.get("copy-0000"), whole.get("fire-0"));

    // Batches of two articles: each story is still taken whole, so nothing changes.
    try (var dir = FSDirectory.open(index);
        var writer = new IndexWriter(dir, new IndexWriterConfig())) {
      StoryClustering.Result batched = StoryClustering.update(writer, 2);
      assertEquals(0, batched.updated());
      assertEquals(2, batched.stories());
      writer.commit();
    }
    assertEquals(whole, stories());
  }

  /** Another text, on another event. */
  static final String[] SECOND = {
    "A fire broke out on Saturday night in a warehouse of the textile market in the west of the"
        + " capital, and firefighters needed six hours to bring it under control.",
    "Nobody was hurt, the fire service said, but dozens of traders lost their stock, and the"
        + " cause of the blaze is still being investigated by the police and insurers.",
    "The market has been the subject of safety warnings before: inspectors found blocked exits"
        + " and faulty wiring in two of its halls during a visit in the autumn of last year."
  };

  static final String OTHER =
      "Farmers in the valley began the grape harvest two weeks earlier than usual after a hot and"
          + " dry summer ripened the fruit quickly, and several wineries hired extra pickers from"
          + " neighbouring villages to bring the crop in before the autumn rains arrived.";

  /** {@code n} outlets' copies of the wire story, one word of each its own. */
  private static String copies(int n) {
    var out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String body = MinHashTest.WIRE + " Reported by desk " + i + ".";
      out.append(line(String.format("copy-%04d", i), body, "Outlet " + i));
    }
    return out.toString();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String line(String id, String body) {
    return "{\"id\": \"" + id + "\", \"headline\": \"H " + id + "\", \"body\": \"" + body + "\"}\n";
  }

  private static String line(String id, String body, String source) {
    return line(id, body).replace("{", "{\"source\": \"" + source + "\", ");
  }

  private Map<String, Long> stories() throws IOException {
    var out = new HashMap<String, Long>();
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
        var live = leaf.reader().getLiveDocs();
        var stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if ((live == null || live.get(d)) && story.advanceExact(d)) {
            out.put(stored.document(d).get(IndexSchema.ID), story.longValue());
          }
        }
      }
    }
    return out;
  }
}
