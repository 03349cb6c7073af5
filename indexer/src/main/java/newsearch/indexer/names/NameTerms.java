package newsearch.indexer.names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The names an article's body mentions, as {@code key:term} pairs for the names field: each name
 * word ({@link CapitalizedWords}) analyzed like the body and paired with its {@link NameKey}. A
 * search looks up the other terms under a word's key in the term dictionary, so the variants it
 * adds are spellings the archive actually holds.
 */
public final class NameTerms {

  /** Separates key and term: neither holds anything but letters. */
  public static final char SEPARATOR = ':';

  /**
   * Capitalized words seen, with their pairs: names recur from article to article, and analyzing
   * each one again was most of this class's cost (about 8 % of indexing, JFR). Bounded: past this
   * many words, new ones are analyzed each time.
   */
  static final int CACHED_WORDS = 200_000;

  private final Analyzer analyzer;
  private final String field;
  private final Map<String, List<String>> pairsOfWord = new ConcurrentHashMap<>();

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
    CapitalizedWords.scan(
        body, NameKey.MIN_LENGTH, (start, end) -> words.add(body.substring(start, end)));
    if (words.isEmpty()) {
      return "";
    }
    var out = new StringBuilder();
    Set<String> seen = new LinkedHashSet<>();
    for (String word : words) {
      for (String pair : pairs(word)) {
        if (seen.add(pair)) {
          out.append(pair).append(' ');
        }
      }
    }
    return out.toString();
  }

  /** The {@code key:term} pairs of one word, from the cache when it was seen before. */
  private List<String> pairs(String word) {
    List<String> cached = pairsOfWord.get(word);
    if (cached != null) {
      return cached;
    }
    var pairs = new ArrayList<String>(1);
    try (TokenStream stream = analyzer.tokenStream(field, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String t = term.toString();
        String key = NameKey.of(t);
        if (!key.isEmpty()) {
          pairs.add(key + SEPARATOR + t);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String reader does not fail
    }
    if (pairsOfWord.size() < CACHED_WORDS) {
      pairsOfWord.put(word, List.copyOf(pairs));
    }
    return pairs;
  }
}
