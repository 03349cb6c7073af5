package newsearch.server.search.lucene.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  private static final String TEXT =
      "Talks began on Monday. Did they end? \"Not yet,\" Mr. Lavrov said!\n\n"
          + "A second paragraph follows... and ends here. Ünïcode: done";

  @Test
  void followingAndPrecedingAgreeWithTheJdkIterator() {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    var fast = new SentenceBreaks();
    jdk.setText(TEXT);
    fast.setText(TEXT);
    for (int offset = 0; offset <= TEXT.length(); offset++) {
      assertEquals(jdk.following(offset), fast.following(offset), "following " + offset);
      assertEquals(jdk.current(), fast.current(), "current after following " + offset);
      assertEquals(jdk.preceding(offset), fast.preceding(offset), "preceding " + offset);
      assertEquals(jdk.current(), fast.current(), "current after preceding " + offset);
    }
  }

  @Test
  void walksTheSameBoundariesBothWays() {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    var fast = new SentenceBreaks();
    jdk.setText(TEXT);
    fast.setText(TEXT);
    assertEquals(jdk.first(), fast.first());
    for (int b = jdk.next(); ; b = jdk.next()) {
      assertEquals(b, fast.next());
      if (b == BreakIterator.DONE) {
        break;
      }
    }
    assertEquals(jdk.last(), fast.last());
    for (int b = jdk.previous(); ; b = jdk.previous()) {
      assertEquals(b, fast.previous());
      if (b == BreakIterator.DONE) {
        break;
      }
    }
  }

  @Test
  void answersInAnyOrderAsTheJdkIteratorDoes() {
    // The bounds are found lazily: a question far ahead, then one behind, then a walk.
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    var fast = new SentenceBreaks();
    jdk.setText(TEXT);
    fast.setText(TEXT);
    int[] offsets = {70, 3, TEXT.length(), 0, 40, 41, 23, 99};
    for (int offset : offsets) {
      int at = Math.min(offset, TEXT.length());
      assertEquals(jdk.preceding(at), fast.preceding(at), "preceding " + at);
      assertEquals(jdk.next(), fast.next(), "next after preceding " + at);
      assertEquals(jdk.following(at), fast.following(at), "following " + at);
      assertEquals(jdk.next(2), fast.next(2), "next(2) after following " + at);
    }
    fast.setText(TEXT);
    jdk.setText(TEXT);
    assertEquals(jdk.last(), fast.last());
  }

  @Test
  void emptyTextHasOneBoundary() {
    var fast = new SentenceBreaks();
    fast.setText("");
    assertEquals(0, fast.first());
    assertEquals(BreakIterator.DONE, fast.next());
    assertEquals(BreakIterator.DONE, fast.following(0));
  }
}
