package newsearch.server.search.story;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article body cut into sentences, and the words a sentence is compared by. */
final class Sentences {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Sentences() {}

  /**
   * The sentences of {@code text}, spaces collapsed. Paragraphs are cut first: a heading or a
   * scraped line without a full stop must not run into the next sentence.
   */
  static List<String> of(String text) {
    var out = new ArrayList<String>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
    for (String paragraph : text.split("\\R")) {
      breaks.setText(paragraph);
      int start = breaks.first();
      for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
        String sentence = SPACE.matcher(paragraph.substring(start, end)).replaceAll(" ").strip();
        if (WORD.matcher(sentence).find()) {
          out.add(sentence);
        }
      }
    }
    return out;
  }

  /** The distinct words of a sentence, in lower case. */
  static Set<String> words(String sentence) {
    var words = new TreeSet<String>();
    Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
