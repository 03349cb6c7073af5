package newsearch.server.search;

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
  void emptyTextHasOneBoundary() {
    var fast = new SentenceBreaks();
    fast.setText("");
    assertEquals(0, fast.first());
    assertEquals(BreakIterator.DONE, fast.next());
    assertEquals(BreakIterator.DONE, fast.following(0));
  }
}
