package newsearch.indexer.names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The names an article's body mentions, as {@code key:term} pairs for the names field: each
 * capitalized word (a capital, then a small letter: not NATO) that does not open a sentence (where
 * every word is capitalized), analyzed like the body and paired with its {@link NameKey}. A search
 * looks up the other terms under a word's key in the term dictionary, so the variants it adds are
 * spellings the archive actually holds.
 */
public final class NameTerms {

  /** Separates key and term: neither holds anything but letters. */
  public static final char SEPARATOR = ':';

  private final Analyzer analyzer;
  private final String field;

  /**
   * @param analyzer the body's analyzer, so that terms match the body's
   * @param field the field whose analysis to use
   */
  public NameTerms(Analyzer analyzer, String field) {
    this.analyzer = analyzer;
    this.field = field;
  }

  /** The {@code key:term} pairs of {@code body}, separated by spaces. */
  public String of(String body) {
    Set<String> words = new LinkedHashSet<>();
    // Hand-written scan rather than a regex: this runs on every body indexed.
    int n = body.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(body.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(body.charAt(i))) {
        i++;
      }
      boolean whole = i == n || !Character.isDigit(body.charAt(i));
      if (whole
          && i - start >= NameKey.MIN_LENGTH
          && Character.isUpperCase(body.charAt(start))
          && Character.isLowerCase(body.charAt(start + 1))
          && (start == 0 || !Character.isDigit(body.charAt(start - 1)))
          && !opensSentence(body, start)) {
        words.add(body.substring(start, i));
      }
    }
    if (words.isEmpty()) {
      return "";
    }
    var out = new StringBuilder();
    Set<String> seen = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(field, String.join(" ", words))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String t = term.toString();
        String key = NameKey.of(t);
        if (!key.isEmpty() && seen.add(t)) {
          out.append(key).append(SEPARATOR).append(t).append(' ');
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String reader does not fail
    }
    return out.toString();
  }

  /** At the start, or after end punctuation, a colon or a line break (skipping quotes, spaces). */
  static boolean opensSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':') {
        return true;
      }
      if (!Character.isWhitespace(c) && "\"'“”‘’([—–-".indexOf(c) < 0) {
        return false;
      }
      i--;
    }
    return true;
  }
}
