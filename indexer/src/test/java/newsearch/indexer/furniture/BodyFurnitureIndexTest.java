package newsearch.indexer.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON-lines bodies through the reindex: the lines a scraper left in many stories' bodies are taken
 * out, a story's own text never is, and {@code --keep-bodies} indexes bodies as given.
 */
class BodyFurnitureIndexTest {

  private static final String SIGN_UP = "Sign up for the Harbour Herald morning briefing";
  private static final String OUTLET = "Harbour Herald";

  @TempDir Path corpus;
  @TempDir Path index;

  private final List<String> lines = new ArrayList<>();

  private Indexer indexer() {
    return new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);
  }

  /** Story {@code n}'s own text: three paragraphs of prose no other story has. */
  private static List<String> story(int n) {
    return List.of(
        "The council of district "
            + n
            + " voted on Tuesday evening to repair the old bridge after a debate of "
            + (n + 2)
            + " hours.",
        "Supporters said the repairs to bridge number "
            + n
            + " were long overdue, while critics warned of the cost to households.",
        "The mayor promised a second vote in the spring if the figures for case "
            + (100 + n)
            + " fell short of the plan.");
  }

  private void article(String id, String source, List<String> paragraphs) {
    String body = String.join("\\n\\n", paragraphs);
    lines.add(
        "{\"id\":\""
            + id
            + "\",\"headline\":\"Story "
            + id
            + "\",\"source\":\""
            + source
            + "\",\"body\":\""
            + body
            + "\"}");
  }

  /** Stories 0 to {@code count - 1} of the outlet, each with the sign-up line after its text. */
  private void outletStories(int count) {
    for (int n = 0; n < count; n++) {
      var paragraphs = new ArrayList<>(story(n));
      paragraphs.add(SIGN_UP);
      article("herald-" + n, OUTLET, paragraphs);
    }
  }

  private void writeCorpus(String name) throws IOException {
    Files.writeString(
        corpus.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    lines.clear();
  }

  private static Map<String, String> bodies(Path indexDir) throws IOException {
    var bodies = new LinkedHashMap<String, String>();
    try (var dir = FSDirectory.open(indexDir);
        var reader = DirectoryReader.open(dir)) {
      var searcher = new IndexSearcher(reader);
      for (var hit : searcher.search(new MatchAllDocsQuery(), 1000).scoreDocs) {
        var doc = searcher.storedFields().document(hit.doc);
        bodies.put(doc.get(IndexSchema.ID), doc.get(IndexSchema.BODY));
      }
    }
    return bodies;
  }

  @Test
  void aLineInManyStoriesIsTakenOutAndCountedInTheReport() throws IOException {
    outletStories(10);
    writeCorpus("herald.jsonl");

    ReindexReport report = indexer().run(corpus, index, false);

    Map<String, String> bodies = bodies(index);
    for (int n = 0; n < 10; n++) {
      assertEquals(String.join("\n\n", story(n)), bodies.get("herald-" + n));
    }
    assertTrue(
        report.summary().contains("JSON bodies: 10 furniture lines removed from 10 of 10 bodies"),
        report.summary());
    assertTrue(report.summary().contains("sign up for the harbour herald"), report.summary());
  }

  @Test
  void copiesOfOneStoryKeepTheirWholeText() throws IOException {
    outletStories(6);
    // A wire story printed by twenty outlets, and one body that holds the story twenty times.
    List<String> wire = story(99);
    for (int n = 0; n < 20; n++) {
      article("wire-" + n, "Outlet " + n, wire);
    }
    var repeated = new ArrayList<String>();
    for (int n = 0; n < 20; n++) {
      repeated.addAll(story(77));
    }
    article("repeated", OUTLET, repeated);
    writeCorpus("mixed.jsonl");

    indexer().run(corpus, index, true);

    Map<String, String> bodies = bodies(index);
    for (int n = 0; n < 20; n++) {
      assertEquals(String.join("\n\n", wire), bodies.get("wire-" + n));
    }
    assertEquals(String.join("\n\n", repeated), bodies.get("repeated"));
    assertFalse(bodies.get("herald-3").contains(SIGN_UP));
  }

  @Test
  void aBodyOfOnlyFurnitureIsIndexedAsGiven() throws IOException {
    outletStories(8);
    article("only-sign-up", OUTLET, List.of(SIGN_UP, SIGN_UP));
    writeCorpus("herald.jsonl");

    ReindexReport report = indexer().run(corpus, index, true);

    assertEquals(SIGN_UP + "\n\n" + SIGN_UP, bodies(index).get("only-sign-up"));
    assertTrue(report.summary().contains("1 only furniture, kept whole"), report.summary());
  }

  @Test
  void keepBodiesIndexesBodiesAsGiven() throws IOException {
    outletStories(10);
    writeCorpus("herald.jsonl");

    ReindexReport report = indexer().setKeepBodies(true).run(corpus, index, true);

    for (String body : bodies(index).values()) {
      assertTrue(body.endsWith(SIGN_UP), body);
    }
    assertFalse(report.summary().contains("JSON bodies"), report.summary());
  }

  @Test
  void anIncrementalRunGivesTheBodiesAFullRunGives(@TempDir Path fullIndex) throws IOException {
    outletStories(10);
    writeCorpus("herald.jsonl");
    indexer().run(corpus, index, true);

    // A new file with more of the outlet's stories, and a changed one: read with the stored model.
    for (int n = 10; n < 14; n++) {
      var paragraphs = new ArrayList<>(story(n));
      paragraphs.add(SIGN_UP);
      article("herald-" + n, OUTLET, paragraphs);
    }
    writeCorpus("herald-more.jsonl");
    outletStories(10);
    lines.set(2, lines.get(2).replace("old bridge", "old stone bridge"));
    writeCorpus("herald.jsonl");
    indexer().run(corpus, index, false);

    indexer().run(corpus, fullIndex, true);
    Map<String, String> incremental = bodies(index);
    assertEquals(14, incremental.size());
    assertEquals(new TreeMap<>(bodies(fullIndex)), new TreeMap<>(incremental));
    assertFalse(incremental.get("herald-12").contains(SIGN_UP));
    assertTrue(incremental.get("herald-2").contains("old stone bridge"));
  }
}
