package newsearch.indexer.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Function words ("the", "of", "und", "que") of the languages Lucene ships Snowball lists for.
 * Running text is full of them and menus and headline lists have few, which makes their share a
 * language-independent sign of prose (jusText's "stop-word density"); each page is measured with
 * the list of its own language, the one that covers most of its words.
 */
final class StopWords {

  private static final List<String> SNOWBALL =
      List.of(
          "english",
          "german",
          "french",
          "spanish",
          "italian",
          "portuguese",
          "dutch",
          "russian",
          "swedish",
          "danish",
          "norwegian",
          "finnish",
          "hungarian",
          "indonesian");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_CHARS = 80;
  private static final int MAX_WORDS = 2000;
  private static final StopWords DEFAULTS = load();

  private final List<CharArraySet> languages;
  private final CharArraySet all;
  // For each function word, the languages it is one of, as bits: one look-up a word.
  private final CharArrayMap<Integer> languagesOf;

  private StopWords(List<CharArraySet> languages) {
    this.languages = List.copyOf(languages);
    var union = new CharArraySet(4000, true);
    languages.forEach(union::addAll);
    this.all = CharArraySet.unmodifiableSet(union);
    this.languagesOf = new CharArrayMap<>(4000, true);
    for (int i = 0; i < languages.size(); i++) {
      for (Object w : languages.get(i)) {
        char[] word = (char[]) w;
        Integer mask = languagesOf.get(word, 0, word.length);
        languagesOf.put(word, (mask == null ? 0 : mask) | 1 << i);
      }
    }
  }

  static StopWords defaults() {
    return DEFAULTS;
  }

  /** The function words of all the languages. */
  CharArraySet all() {
    return all;
  }

  /** True when {@code word} is a function word in one of the languages. */
  boolean isFunctionWord(String word) {
    return !word.isEmpty() && all.contains(word);
  }

  /**
   * The list of the page's language: the one holding most of the words of its prose-length
   * paragraphs; the union of all when no list holds any (a page in Japanese, where the share is
   * then not used).
   */
  CharArraySet forPage(List<ParagraphJoiner.Paragraph> paragraphs) {
    int[] hits = new int[languages.size()];
    int words = 0;
    for (ParagraphJoiner.Paragraph p : paragraphs) {
      // Menus and lists say little about the language; a page's long paragraphs are enough.
      if (p.text().length() < MIN_CHARS || words > MAX_WORDS) {
        continue;
      }
      String text = p.text();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words++;
        Integer mask = languagesOf.get(text.subSequence(m.start(), m.end()));
        for (int i = 0; mask != null && i < hits.length; i++) {
          if ((mask & 1 << i) != 0) {
            hits[i]++;
          }
        }
      }
    }
    int best = -1;
    for (int i = 0; i < hits.length; i++) {
      if (hits[i] > 0 && (best < 0 || hits[i] > hits[best])) {
        best = i;
      }
    }
    return best < 0 ? all : languages.get(best);
  }

  private static StopWords load() {
    var sets = new ArrayList<CharArraySet>();
    for (String name : SNOWBALL) {
      String resource = name + "_stop.txt";
      try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing Lucene resource " + resource);
        }
        var words =
            WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
        sets.add(CharArraySet.unmodifiableSet(new CharArraySet(words, true)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    sets.add(TurkishAnalyzer.getDefaultStopSet());
    return new StopWords(sets);
  }
}
