package newsearch.server.search.lucene.highlight;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries, found in one forward pass and then looked up by binary search. The
 * highlighter asks for the boundaries around every match ({@code following}, {@code preceding}),
 * and the JDK iterator answers each from scratch by rescanning the text: on a long article with
 * many matches that was most of a search's time in a profile. The pass goes only as far as the
 * questions asked so far, since most snippets come from an article's opening. Same boundaries, so
 * the same snippets.
 */
final class SentenceBreaks extends BreakIterator {

  private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int count = 1;
  private boolean complete = true;
  private int current;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    sentences.setText(newText);
    bounds[0] = sentences.first();
    count = 1;
    complete = false;
    current = 0;
  }

  /** Finds boundaries until one past {@code offset} is known or the text ends. */
  private void scanPast(int offset) {
    while (!complete && bounds[count - 1] <= offset) {
      scanOne();
    }
  }

  private void scanOne() {
    int b = sentences.next();
    if (b == DONE) {
      complete = true;
      return;
    }
    if (count == bounds.length) {
      bounds = Arrays.copyOf(bounds, count * 2);
    }
    bounds[count++] = b;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    scanPast(Integer.MAX_VALUE);
    current = count - 1;
    return bounds[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    while (!complete && target >= count) {
      scanOne();
    }
    if (target < 0 || target >= count) {
      current = target < 0 ? 0 : count - 1;
      return DONE;
    }
    current = target;
    return bounds[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    scanPast(offset);
    // The first boundary after offset.
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= count) {
      current = count - 1;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    scanPast(offset);
    // The last boundary before offset.
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    i = (i >= 0 ? i : -i - 1) - 1;
    if (i < 0) {
      current = 0;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int current() {
    return bounds[current];
  }

  private void checkOffset(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }
}
