package newsearch.server.search.lucene.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void shortTextIsKeptWhole() {
    assertEquals("a <mark>b</mark> c", Snippets.trim(" a <mark>b</mark> c\n", 300));
  }

  @Test
  void longTextIsCutAroundTheFirstMarkWithoutBreakingTagsOrEntities() {
    String html =
        "word &amp; ".repeat(100) + "<mark>target</mark> " + "tail &lt;x&gt; ".repeat(100);
    String s = Snippets.trim(html, 120);
    assertTrue(s.startsWith("…"), s);
    assertTrue(s.endsWith("…"), s);
    assertTrue(s.contains("<mark>target</mark>"), s);
    assertTrue(!s.matches(".*&[a-z]*$") && !s.contains("&am "), s);
    assertTrue(s.length() < 400, s);
  }
}
