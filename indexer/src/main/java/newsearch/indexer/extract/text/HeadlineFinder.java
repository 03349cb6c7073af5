package newsearch.indexer.extract.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsearch.indexer.extract.DateParser;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.text.LineClassifier.Kind;

/**
 * Finds the headline among the short lines above the article: not a logo, section or site name, not
 * a dateline ("MOSCOW") or a byline; a date or an outlet prefix on its line is cut off. Pages often
 * print the title more than once, so the most repeated candidate wins, then the first.
 */
final class HeadlineFinder {

  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 30;
  private static final int REPEAT_BONUS = 4;
  private static final int DATE_BONUS = 6;
  private static final int DATE_DISTANCE = 3;
  private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|por|di|par)\\s+\\p{Lu}.*");
  private static final Pattern BREADCRUMB = Pattern.compile(".*\\s[>»/›]\\s.*");
  private static final Pattern OUTLET_PREFIX = Pattern.compile("^([^|]{2,40}?)\\s+\\|\\s+(.+)$");

  private final BoilerplatePhrases phrases;

  HeadlineFinder(BoilerplatePhrases phrases) {
    this.phrases = phrases;
  }

  /**
   * The headline among {@code top}, the lines above the article, or empty.
   *
   * @param dateLine index of the publication date's line, or -1: a title sits just above its date
   *     or on the same line, so candidates there get a bonus
   */
  String find(List<PageLine> top, int dateLine) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    int datePos = -1;
    for (int i = 0; i < top.size(); i++) {
      datePos = top.get(i).index() == dateLine ? i : datePos;
    }
    for (int i = 0; i < top.size(); i++) {
      PageLine line = top.get(i);
      // A title may end with a question or exclamation mark, never with a full stop.
      String end = line.text().replaceAll("[\\s\"”’'»)]+$", "");
      boolean title =
          line.is(Kind.SHORT) || (line.is(Kind.PROSE) && (end.endsWith("?") || end.endsWith("!")));
      boolean nearDate = datePos >= 0 && i <= datePos && i >= datePos - DATE_DISTANCE;
      Optional<String> text = title ? candidate(line.text()) : Optional.empty();
      if (text.isPresent()) {
        Candidate c =
            candidates.computeIfAbsent(TextNorm.key(text.get()), k -> new Candidate(text.get()));
        c.count++;
        c.nearDate |= nearDate;
      }
    }
    Candidate best = null;
    for (Candidate c : candidates.values()) {
      if (best == null || c.score() > best.score()) {
        best = c;
      }
    }
    return best == null ? "" : best.text;
  }

  /** The title a line could be, once its date, label and outlet prefix are cut off. */
  Optional<String> candidate(String line) {
    String text = withoutDate(line);
    var prefix = OUTLET_PREFIX.matcher(text);
    if (prefix.matches() && TextNorm.words(prefix.group(1)) <= 4) {
      text = prefix.group(2).strip();
    }
    int words = TextNorm.words(text);
    if (words < MIN_WORDS
        || words > MAX_WORDS
        || isDateline(text)
        || BYLINE.matcher(text).matches()
        || BREADCRUMB.matcher(text).matches()
        || text.contains("©")
        || phrases.isSkip(text)
        || phrases.isEnd(text)) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private String withoutDate(String line) {
    Optional<DateParser.Found> date = DateParser.find(line, false);
    if (date.isEmpty()) {
      return line.strip();
    }
    String before = line.substring(0, date.get().start());
    String after = line.substring(date.get().end());
    if (phrases.endsWithDateLabel(before) || TextNorm.words(before) == 0) {
      // "date 2025-02-23 Headline…": the label and the date lead the line, the title follows.
      return after.replaceFirst("^[\\s,;:|–—-]+", "").strip();
    }
    return line.strip();
  }

  /** "MOSCOW", "KIEV, Ukraine": a place in capitals that opens a story, not its title. */
  private static boolean isDateline(String text) {
    String head = text.split(",")[0].strip();
    return TextNorm.words(text) <= 4
        && head.matches("[\\p{Lu} .'-]+")
        && head.equals(head.toUpperCase(Locale.ROOT));
  }

  private static final class Candidate {
    final String text;
    int count;
    boolean nearDate;

    Candidate(String text) {
      this.text = text;
    }

    int score() {
      return TextNorm.words(text) + REPEAT_BONUS * (count - 1) + (nearDate ? DATE_BONUS : 0);
    }
  }
}
