package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

  @Test
  void aSecondArticleWithAnIdGetsTheFirstFileAcrossTableGrowth() {
    var seen = new SeenIds();
    int n = 300_000; // several doublings of the table
    for (int i = 0; i < n; i++) {
      assertNull(seen.putIfAbsent("article-" + i, "file-" + (i % 7) + ".jsonl"));
    }
    for (int i = 0; i < n; i += 997) {
      assertEquals("file-" + (i % 7) + ".jsonl", seen.putIfAbsent("article-" + i, "other.jsonl"));
    }
    assertNull(seen.putIfAbsent("article-" + n, "other.jsonl"));
    assertEquals("other.jsonl", seen.putIfAbsent("article-" + n, "file-0.jsonl"));
  }
}
