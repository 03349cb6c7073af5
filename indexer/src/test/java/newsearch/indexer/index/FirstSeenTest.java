package newsearch.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.indexer.Indexer;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article keeps the time it was first seen through changed files and full rebuilds. */
class FirstSeenTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private final Indexer indexer = new Indexer(new CorpusFiles(List.of(), List.of()), 2, null);

  @Test
  void anArticleKeepsItsFirstSeenTimeWhenReadAgainAndANewOneGetsALaterTime() throws Exception {
    Files.write(corpus.resolve("a.jsonl"), List.of(line("a1", "one"), line("a2", "two")));
    Files.write(corpus.resolve("b.jsonl"), List.of(line("b1", "three")));
    indexer.run(corpus, index, false);
    Map<String, Long> first = seen();
    Thread.sleep(20);

    // a.jsonl changes (a1 edited, a3 added) and is read again; b.jsonl is left alone.
    Files.write(
        corpus.resolve("a.jsonl"),
        List.of(line("a1", "one, edited"), line("a2", "two"), line("a3", "four")));
    indexer.run(corpus, index, false);
    Map<String, Long> second = seen();
    assertEquals(first.get("a1"), second.get("a1"));
    assertEquals(first.get("a2"), second.get("a2"));
    assertEquals(first.get("b1"), second.get("b1"));
    assertTrue(second.get("a3") > first.get("a1"), second.toString());

    Thread.sleep(20);
    indexer.run(corpus, index, true);
    assertEquals(second, seen(), "a full rebuild announces nothing again");
  }

  private static String line(String id, String words) {
    return "{\"id\":\""
        + id
        + "\",\"headline\":\"Headline "
        + id
        + "\",\"source\":\"Herald\",\"date\":\"2024-01-01\",\"body\":\"The body of article "
        + id
        + " says "
        + words
        + " and goes on for a sentence or two, so that it reads as an article does.\"}";
  }

  private Map<String, Long> seen() throws IOException {
    var seen = new HashMap<String, Long>();
    try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
      var searcher = new IndexSearcher(reader);
      for (ScoreDoc sd : searcher.search(new MatchAllDocsQuery(), 100).scoreDocs) {
        var doc = searcher.storedFields().document(sd.doc);
        seen.put(
            doc.get(IndexSchema.ID),
            doc.getField(IndexSchema.FIRST_SEEN).numericValue().longValue());
      }
    }
    return seen;
  }
}
