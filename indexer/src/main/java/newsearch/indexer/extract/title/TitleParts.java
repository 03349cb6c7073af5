package newsearch.indexer.extract.title;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;

/**
 * A page title split where sites join headline, section and outlet: {@code Headline | Outlet},
 * {@code Outlet — Headline}, {@code Headline - Section - Outlet}, {@code Outlet :: Headline}.
 */
final class TitleParts {

  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»|~)\\s+");
  // An outlet's name is short; a longer first or last part is part of the headline.
  private static final int MAX_AFFIX_WORDS = 6;
  // "Opinion | Headline": a word or two before a bar is a section, when a headline follows.
  private static final int MAX_SECTION_WORDS = 2;
  private static final int MIN_HEADLINE_WORDS = 4;

  private TitleParts() {}

  /** The parts of {@code title}, in order; the whole title when it has no separator. */
  static List<String> split(String title) {
    var parts = new ArrayList<String>();
    for (String p : SEPARATOR.split(TextNorm.clean(title))) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts;
  }

  /**
   * The first and the last part, when the title has parts and they are short enough to be names.
   */
  static List<String> affixes(String title) {
    List<String> parts = split(title);
    if (parts.size() < 2) {
      return List.of();
    }
    var affixes = new ArrayList<String>();
    for (String p : List.of(parts.getFirst(), parts.getLast())) {
      if (TextNorm.words(p) <= MAX_AFFIX_WORDS) {
        affixes.add(p);
      }
    }
    return affixes;
  }

  /**
   * The title without the parts before or after the headline that name the outlet, or a section
   * before a bar ("Opinion | "); the parts in between are kept with the separators they had.
   */
  static String headline(String title, Predicate<String> isOutlet) {
    String text = TextNorm.clean(title);
    List<String> parts = split(text);
    int from = 0;
    int to = parts.size();
    while (to - from > 1 && isOutlet.test(parts.get(to - 1))) {
      to--;
    }
    while (to - from > 1 && isOutlet.test(parts.get(from))) {
      from++;
    }
    if (to - from > 1
        && TextNorm.words(parts.get(from)) <= MAX_SECTION_WORDS
        && TextNorm.words(parts.get(to - 1)) >= MIN_HEADLINE_WORDS
        && text.contains(parts.get(from) + " | ")) {
      from++;
    }
    if (from == 0 && to == parts.size()) {
      return text;
    }
    int start = text.indexOf(parts.get(from));
    String last = parts.get(to - 1);
    int end = text.indexOf(last, start) + last.length();
    return text.substring(start, end).strip();
  }
}
