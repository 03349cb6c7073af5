package newsearch.indexer.extract.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.text.LineClassifier.Kind;

/**
 * Finds the outlet when the page names it: a "continue reading on X" line or a byline "By Jane Doe,
 * X" name it in so many words; an "X | Headline" or "X — Headline" prefix or a wire credit
 * "(Reuters) -" only may, since a dateline ("MADRID — …") and an agency's credit have the same
 * form. Names in lists of other articles are not the page's outlet, so those are not read. The
 * copyright line, the title's parts and the masthead are weighed against these by {@link
 * newsearch.indexer.extract.title.TextOutlets}.
 */
final class SourceFinder {

  /**
   * A name the page gives its outlet, whether the words around it say it is one, and the line it
   * was read from.
   */
  record Named(String name, boolean sure, String line) {
    static final Named NONE = new Named("", false, "");
  }

  private static final String NAME =
      "((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+[\\p{L}\\p{N}.&'’-]+){0,3})";
  // "The Guardian | World news" above the article; "CNN — Russia said…" opening it.
  private static final Pattern PIPE_PREFIX = Pattern.compile("^" + NAME + "\\s+\\|\\s+\\S.*");
  private static final Pattern DASH_PREFIX = Pattern.compile("^" + NAME + "\\s+[—–]\\s+\\S.*");
  private static final Pattern WIRE =
      Pattern.compile("^(?:\\p{Lu}[\\p{Lu} .,'-]*\\s)?\\(" + NAME + "\\)\\s*[-—–:]\\s+\\S.*");
  private static final Pattern BYLINE =
      Pattern.compile("^(?:By|BY|by)\\s+[^,|]{3,60}?(?:,|\\s\\||\\s+for)\\s+" + NAME + "$");
  private final BoilerplatePhrases phrases;

  SourceFinder(BoilerplatePhrases phrases) {
    this.phrases = phrases;
  }

  /**
   * @param lines the whole page
   * @param bodyStart index of the article's first line
   * @param end index of the list header that ends the article; that line is read too, since it may
   *     name the outlet ("Altre notizie da "The Guardian"")
   */
  Named find(List<PageLine> lines, int bodyStart, int end) {
    List<PageLine> page = lines.subList(0, Math.min(lines.size(), end + 1));
    for (PageLine line : page) {
      Optional<String> named = phrases.sourceIn(line.text());
      if (named.isPresent()) {
        return new Named(named.get(), true, line.text());
      }
    }
    int lead = Math.min(page.size(), bodyStart + 1);
    for (PageLine line : page.subList(0, lead)) {
      Optional<String> s = match(BYLINE, line.text());
      if (s.isPresent()) {
        return new Named(s.get(), true, line.text());
      }
      s = match(WIRE, line.text());
      if (s.isEmpty() && line.is(Kind.SHORT)) {
        s = match(PIPE_PREFIX, line.text());
      }
      if (s.isEmpty() && line.index() == bodyStart) {
        s = match(DASH_PREFIX, line.text());
      }
      if (s.isPresent()) {
        return new Named(s.get(), false, line.text());
      }
    }
    return Named.NONE;
  }

  private static Optional<String> match(Pattern p, String text) {
    Matcher m = p.matcher(text.strip());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }
}
