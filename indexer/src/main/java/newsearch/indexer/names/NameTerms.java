package newsearch.indexer.names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The names an article's body mentions, as {@code key:term} pairs for the names field: each
 * capitalized word that does not open a sentence (where every word is capitalized), analyzed like
 * the body and paired with its {@link NameKey}. A search looks up the other terms under a word's
 * key in the term dictionary, so the variants it adds are spellings the archive actually holds.
 */
public final class NameTerms {

  /** Separates key and term: neither holds anything but letters. */
  public static final char SEPARATOR = ':';

  // Capitalized, then lower case: all-capital abbreviations (NATO, GOP) are not folded.
  private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{Ll}\\p{L}*+");

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
    Matcher m = CAPITALIZED.matcher(body);
    while (m.find()) {
      if (m.end() - m.start() >= NameKey.MIN_LENGTH
          && (m.start() == 0 || !Character.isLetterOrDigit(body.charAt(m.start() - 1)))
          && !opensSentence(body, m.start())
          && (m.end() == body.length() || !Character.isLetterOrDigit(body.charAt(m.end())))) {
        words.add(m.group());
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
