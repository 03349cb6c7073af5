package newsearch.indexer.suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The two- and three-word phrases of a headline, in lower case: runs of words that punctuation does
 * not cut ("white house", "ceasefire talks resume"), that neither begin nor end with a function
 * word ("of the" is no phrase to offer).
 */
final class HeadlinePhrases {

  private HeadlinePhrases() {}

  /** At most {@code max} phrases of {@code headline}, in the order they appear, each once. */
  static List<String> of(String headline, int max) {
    Set<String> phrases = new LinkedHashSet<>();
    for (List<String> segment : segments(headline)) {
      for (int i = 0; i < segment.size(); i++) {
        for (int n = 2; n <= 3 && i + n <= segment.size(); n++) {
          List<String> words = segment.subList(i, i + n);
          if (!functionWord(words.getFirst()) && !functionWord(words.getLast())) {
            phrases.add(String.join(" ", words));
          }
        }
      }
    }
    return List.copyOf(phrases).subList(0, Math.min(max, phrases.size()));
  }

  /** The headline's words in lower case, cut where punctuation stands between them. */
  private static List<List<String>> segments(String headline) {
    var segments = new ArrayList<List<String>>();
    var words = new ArrayList<String>();
    int n = headline.length();
    int i = 0;
    while (i < n) {
      char c = headline.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(headline.charAt(i)) || inWord(headline, i))) {
          i++;
        }
        words.add(headline.substring(start, i).replace('’', '\'').toLowerCase(Locale.ROOT));
        continue;
      }
      if (!Character.isWhitespace(c) && !words.isEmpty()) {
        segments.add(List.copyOf(words));
        words.clear();
      }
      i++;
    }
    if (!words.isEmpty()) {
      segments.add(words);
    }
    return segments;
  }

  /**
   * An apostrophe or hyphen between two letters or digits belongs to the word (Biden's, Covid-19).
   */
  private static boolean inWord(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '’' || c == '-')
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean functionWord(String word) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
  }
}
