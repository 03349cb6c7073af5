package newsearch.indexer.extract.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.DateParser;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.text.LineClassifier.Kind;
import newsearch.indexer.model.ArticleDate;

/**
 * Finds the publication date: a date on a line of its own (or leading its line) above the article,
 * else a labelled one ("Published", "Release time:") outside the story's sentences. Never a
 * caption's date or one from the story text; empty rather than a guess.
 */
final class PublicationDateFinder {

  private static final int MAX_OTHER_WORDS = 6;
  private static final int MAX_LABEL_WORDS = 4;
  private static final Pattern NUMERIC_PAIR =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})(?=[/.]\\d{2,4}|\\s|$)");

  /** The date and the index of the line it is on. */
  record Dated(ArticleDate date, int line) {}

  private final BoilerplatePhrases phrases;

  PublicationDateFinder(BoilerplatePhrases phrases) {
    this.phrases = phrases;
  }

  /**
   * @param lines the whole page
   * @param bodyStart index of the article's first line (the page's length when it has none)
   * @param end index of the list header that ends the article (the page's length when none)
   */
  Optional<Dated> find(List<PageLine> lines, int bodyStart, int end) {
    boolean monthFirst = monthFirst(lines);
    for (PageLine line : lines.subList(0, bodyStart)) {
      if (isCandidate(line)) {
        Optional<DateParser.Found> f = DateParser.find(line.text(), monthFirst);
        if (f.isPresent() && (onItsOwn(line.text(), f.get()) || labelled(line, f.get()))) {
          return Optional.of(new Dated(f.get().date(), line.index()));
        }
      }
    }
    for (PageLine line : lines.subList(bodyStart, Math.max(bodyStart, end))) {
      if (isCandidate(line)) {
        Optional<DateParser.Found> f = DateParser.find(line.text(), monthFirst);
        if (f.isPresent() && labelled(line, f.get())) {
          return Optional.of(new Dated(f.get().date(), line.index()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isCandidate(PageLine line) {
    return line.is(Kind.SHORT) || line.is(Kind.PROSE) || line.is(Kind.SKIP);
  }

  /** The date leads its line, or little else is on it (an outlet name, a time zone). */
  private static boolean onItsOwn(String text, DateParser.Found f) {
    int before = TextNorm.words(text.substring(0, f.start()));
    int after = TextNorm.words(text.substring(f.end()));
    return before == 0 || before + after <= MAX_OTHER_WORDS;
  }

  /** A label just before the date, near the start of its line (in a sentence it is story text). */
  private boolean labelled(PageLine line, DateParser.Found f) {
    String before = line.text().substring(0, f.start());
    return phrases.endsWithDateLabel(before)
        && (!line.is(Kind.PROSE) || TextNorm.words(before) <= MAX_LABEL_WORDS);
  }

  /** True when the page's unambiguous numeric dates (02/22) put the month first, as in the US. */
  static boolean monthFirst(List<PageLine> lines) {
    int dayFirst = 0;
    int monthFirst = 0;
    for (PageLine line : lines) {
      Matcher m = NUMERIC_PAIR.matcher(line.text());
      while (m.find()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a > 12 && b <= 12) {
          dayFirst++;
        } else if (b > 12 && a <= 12) {
          monthFirst++;
        }
      }
    }
    return monthFirst > dayFirst;
  }
}
