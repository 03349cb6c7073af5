package newsearch.indexer.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Function words ("the", "of", "und", "que", "и") of the languages Lucene ships Snowball lists for,
 * in one set. Running text is full of them and menus and headline lists have few, which makes their
 * share a language-independent sign of prose (jusText's "stop-word density"). One set for all
 * languages does as well on the dev pages as the list of each page's language.
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
  private static final StopWords DEFAULTS = load();

  private final CharArraySet all;

  private StopWords(CharArraySet all) {
    this.all = CharArraySet.unmodifiableSet(all);
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

  private static StopWords load() {
    var all = new CharArraySet(4000, true);
    for (String name : SNOWBALL) {
      String resource = name + "_stop.txt";
      try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing Lucene resource " + resource);
        }
        all.addAll(
            WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    all.addAll(TurkishAnalyzer.getDefaultStopSet());
    return new StopWords(all);
  }
}
