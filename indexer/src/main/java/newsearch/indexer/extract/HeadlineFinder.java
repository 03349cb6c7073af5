package newsearch.indexer.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsearch.indexer.extract.LineClassifier.Kind;

/**
 * Finds the headline among the short lines above the article: not a logo, section or site name, not
 * a dateline ("MOSCOW") or a byline; a date or an outlet prefix on its line is cut off. Pages often
 * print the title more than once, so the most repeated candidate wins, then the first.
 */
final class HeadlineFinder {

  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 30;
  private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|por|di|par)\\s+\\p{Lu}.*");
  private static final Pattern BREADCRUMB = Pattern.compile(".*\\s[>»/›]\\s.*");
  private static final Pattern OUTLET_PREFIX = Pattern.compile("^([^|]{2,40}?)\\s+\\|\\s+(.+)$");

  private final BoilerplatePhrases phrases;

  HeadlineFinder(BoilerplatePhrases phrases) {
    this.phrases = phrases;
  }

  /** The headline among {@code top}, the lines above the article, or empty. */
  String find(List<PageLine> top) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    for (PageLine line : top) {
      // A title may end with a question mark, never with a full stop.
      boolean title =
          line.is(Kind.SHORT)
              || (line.is(Kind.PROSE) && !LineClassifier.endsLikeSentence(line.text()));
      if (!title) {
        continue;
      }
      candidate(line.text())
          .ifPresent(
              text ->
                  candidates.computeIfAbsent(TextNorm.key(text), k -> new Candidate(text)).count++);
    }
    Candidate best = null;
    for (Candidate c : candidates.values()) {
      if (best == null || c.count > best.count) {
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
        && head.equals(head.toUpperCase(java.util.Locale.ROOT));
  }

  private static final class Candidate {
    final String text;
    int count;

    Candidate(String text) {
      this.text = text;
    }
  }
}
