package newsearch.indexer.extract.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import newsearch.indexer.extract.DateParser;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.text.LineClassifier.Kind;

/**
 * Which lines of a text page may be its headline, and what of them: not a logo, section or site
 * name, not a dateline ("MOSCOW"), a byline or a date line ("Posted on …", "Associated Press
 * November 19, 2019"), not a button or an address; a date or a label leading a title is cut off.
 * Where a date or byline sits tells where the headline is, so those are marked.
 */
final class TitleLineFilter {

  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 30;
  private static final Pattern BYLINE =
      Pattern.compile("(?iu)^(by|von|por|di|par|door|av)\\s+\\S.*");
  // The labels of a byline or a date line, which name no headline.
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?iu)^(posted|published|updated|written|reported|filed|last modified|publicado|publi[ée]"
              + "|pubblicato|aggiornato|ver[öo]ffentlicht|geschrieben|escrito|atualizado)\\b.*");
  // "1 hour ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 horas": a date, said relatively.
  private static final Pattern AGO =
      Pattern.compile(
          "(?iu)^(?:updated\\s+|published\\s+)?(?:(?:vor|il y a|hace|há)\\s+)?\\d+\\s*"
              + "(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?"
              + "|minuten|stunden?|tagen?|heures?|jours?|horas?|d[ií]as?|minutos?)"
              + "(?:\\s+ago)?$");
  // "Publish date:", "Author:": the label of the line that follows.
  private static final Pattern LABEL = Pattern.compile("^[^:]{1,30}:$");
  private static final Pattern BARE_BY = Pattern.compile("(?iu)by|von|por|di|par|door|av|de");
  private static final Pattern BREADCRUMB = Pattern.compile(".*\\s[>»/›]\\s.*");
  private static final Pattern MARKUP =
      Pattern.compile(
          "\\(BUTTON\\)|://|\\bwww\\.|\\[[^\\]]*:[^\\]]*\\]|\\.(?i:svg|png|jpe?g|gif)\\b");
  private static final Pattern OUTLET_PREFIX = Pattern.compile("^([^|]{2,40}?)\\s+\\|\\s+(.+)$");

  private final BoilerplatePhrases phrases;

  TitleLineFilter(BoilerplatePhrases phrases) {
    this.phrases = phrases;
  }

  /** The title {@code line} could be, once its date, label and outlet prefix are cut off. */
  Optional<String> title(PageLine line) {
    if (!line.is(Kind.SHORT) && !line.is(Kind.PROSE)) {
      return Optional.empty();
    }
    Optional<String> text = withoutDate(line.text());
    if (text.isEmpty() || isMarker(line)) {
      return Optional.empty();
    }
    String title = text.get();
    var prefix = OUTLET_PREFIX.matcher(title);
    if (prefix.matches() && TextNorm.words(prefix.group(1)) <= 4) {
      title = prefix.group(2).strip();
    }
    int words = TextNorm.words(title);
    if (words < MIN_WORDS
        || words > MAX_WORDS
        || isDateline(title)
        || BYLINE.matcher(title).matches()
        || CREDIT.matcher(title).matches()
        || BREADCRUMB.matcher(title).matches()
        || MARKUP.matcher(title).find()
        || title.contains("©")
        || phrases.isSkip(title)
        || phrases.isEnd(title)) {
      return Optional.empty();
    }
    return Optional.of(title);
  }

  /** Whether the line is a byline or a date line, which a headline sits just above. */
  boolean isMarker(PageLine line) {
    String text = line.text().strip();
    if (BYLINE.matcher(text).matches()
        || CREDIT.matcher(text).matches()
        || AGO.matcher(text).matches()
        || LABEL.matcher(text).matches()) {
      return true;
    }
    Optional<DateParser.Found> date = DateParser.find(text, false);
    return date.isPresent() && TextNorm.words(withoutDate(text, date).orElse("")) < MIN_WORDS;
  }

  /** Whether the line is a bare "By", so that the next one names the authors. */
  boolean isBareBy(PageLine line) {
    return BARE_BY.matcher(line.text().strip()).matches();
  }

  /**
   * The line without a date and its label that lead it ("date 2025-02-23 Headline…"); none when the
   * date stands elsewhere in the line: that is a date line, not a title.
   */
  private Optional<String> withoutDate(String line) {
    return withoutDate(line, DateParser.find(line, false));
  }

  /** As {@link #withoutDate(String)}, with the line's first date already found. */
  private Optional<String> withoutDate(String line, Optional<DateParser.Found> date) {
    if (date.isEmpty()) {
      return Optional.of(line.strip());
    }
    String before = line.substring(0, date.get().start());
    String after = line.substring(date.get().end());
    if (phrases.endsWithDateLabel(before) || TextNorm.words(before) == 0) {
      return Optional.of(after.replaceFirst("^[\\s,;:|–—-]+", "").strip());
    }
    return Optional.empty();
  }

  /** "MOSCOW", "KIEV, Ukraine": a place in capitals that opens a story, not its title. */
  private static boolean isDateline(String text) {
    String head = text.split(",")[0].strip();
    return TextNorm.words(text) <= 4
        && head.matches("[\\p{Lu} .'-]+")
        && head.equals(head.toUpperCase(Locale.ROOT));
  }
}
