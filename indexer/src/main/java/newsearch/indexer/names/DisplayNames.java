package newsearch.indexer.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsearch.indexer.extract.MonthNames;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The names an article mentions as a reader would type them: runs of one to three name words
 * ({@link CapitalizedWords}) joined by a space or a hyphen, as written ("Joe Biden",
 * "Jean-Pierre"). A run of more words is mostly a title before a name ("Committee Chairman Bob
 * Menendez") and gives its last two. A word with a capital after three small letters is two words
 * glued by a page's markup ("BidenBiden", "TrumpGOP"), where McCain and DeSantis have one or two:
 * it ends the run and is left out, as is a word that opens a quotation ("We" in: said, “We will…")
 * and a short one before a full stop, an abbreviation ("Mr.", "Sen."). A weekday or month alone is
 * a date, not a name (though "Theresa May" is one). The headline counts only when written in
 * sentence case: in title case every word looks like a name.
 */
public final class DisplayNames {

  /** Longer runs are titles, not names. */
  static final int MAX_WORDS = 3;

  /** Weekdays of the languages that capitalize them; months come from {@link MonthNames}. */
  private static final Set<String> WEEKDAYS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "montag",
          "dienstag",
          "mittwoch",
          "donnerstag",
          "freitag",
          "samstag",
          "sonntag");

  private DisplayNames() {}

  /** At most {@code max} names of the article, the most often mentioned first. */
  public static List<String> of(String headline, String body, int max) {
    Map<String, Integer> mentions = new LinkedHashMap<>();
    if (!titleCase(headline)) {
      collect(headline, mentions);
    }
    collect(body, mentions);
    var names = new ArrayList<>(mentions.keySet());
    // Stable: equally frequent names keep the order they first appear in.
    names.sort(Comparator.comparing(mentions::get, Comparator.reverseOrder()));
    return List.copyOf(names.subList(0, Math.min(max, names.size())));
  }

  private static void collect(String text, Map<String, Integer> mentions) {
    var run = new ArrayList<int[]>(MAX_WORDS + 1);
    CapitalizedWords.scan(
        text,
        2,
        (start, end) -> {
          if (!run.isEmpty() && !joined(text, run.getLast()[1], start)) {
            addRun(text, run, mentions);
            run.clear();
          }
          if (glued(text, start, end)
              || opensQuote(text, start)
              || abbreviation(text, start, end)) {
            addRun(text, run, mentions);
            run.clear();
          } else {
            run.add(new int[] {start, end});
          }
        });
    addRun(text, run, mentions);
  }

  /** One space or one hyphen between two words of a name. */
  private static boolean joined(String text, int previousEnd, int start) {
    if (start - previousEnd != 1) {
      return false;
    }
    char c = text.charAt(previousEnd);
    return c == ' ' || c == '\u00a0' || c == '-';
  }

  private static void addRun(String text, List<int[]> run, Map<String, Integer> mentions) {
    if (run.isEmpty()) {
      return;
    }
    int from = run.size() > MAX_WORDS ? run.size() - 2 : 0;
    // A sentence's capitalised first word is no name ("In Washington", "But Trump"); "The" stays
    // before a name, as in "The Hill", but is none alone.
    while (from < run.size() - 1 && functionWord(text, run.get(from), false)) {
      from++;
    }
    if (run.size() - from == 1) {
      String word = text.substring(run.get(from)[0], run.get(from)[1]);
      if (calendarWord(word) || functionWord(text, run.get(from), true)) {
        return;
      }
    }
    String name = text.substring(run.get(from)[0], run.getLast()[1]).replace('\u00a0', ' ');
    mentions.merge(name, 1, Integer::sum);
  }

  /** An English stop word; {@code "the"} only when {@code evenThe}. */
  private static boolean functionWord(String text, int[] word, boolean evenThe) {
    String lower = text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)
        && (evenThe || !lower.equals("the"));
  }

  private static boolean calendarWord(String word) {
    return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT)) || MonthNames.isFullName(word);
  }

  /** Right after an opening quote: the first word of a quoted sentence. */
  private static boolean opensQuote(String text, int start) {
    return start > 0 && "\"'“‘«".indexOf(text.charAt(start - 1)) >= 0;
  }

  /** Three letters or fewer, then a full stop. */
  private static boolean abbreviation(String text, int start, int end) {
    return end - start <= 3 && end < text.length() && text.charAt(end) == '.';
  }

  /** A capital after three small letters or more inside the word. */
  static boolean glued(String text, int start, int end) {
    int small = 0;
    for (int i = start + 1; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        if (small >= 3) {
          return true;
        }
        small = 0;
      } else {
        small++;
      }
    }
    return false;
  }

  /** Every word of four letters or more capitalized, as in "Biden Says Talks Will Resume". */
  static boolean titleCase(String headline) {
    int longWords = 0;
    for (String word : headline.split("[^\\p{L}]+")) {
      if (word.length() >= 4) {
        if (!Character.isUpperCase(word.charAt(0))) {
          return false;
        }
        longWords++;
      }
    }
    return longWords > 1;
  }
}
