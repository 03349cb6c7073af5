package newsearch.indexer.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import newsearch.indexer.extract.date.DateLineFinder;
import newsearch.indexer.extract.date.DateOrder;
import newsearch.indexer.extract.date.FoundDate;
import newsearch.indexer.extract.date.UndatedReason;
import newsearch.indexer.extract.text.LineClassifier.Kind;
import newsearch.indexer.model.ArticleDate;

/**
 * Finds the publication date of a scraped page with the HTML pages' date-line logic ({@link
 * DateLineFinder}): above the article, a labelled publication ("Published", "Posted on",
 * "Veröffentlicht am", "Publié le", "Pubblicato il", "Publicado el", a byline's date), else a date
 * on a line of its own, else a labelled update; inside the article only a labelled date. Day and
 * month order come from the page's unambiguous dates ({@link DateOrder}: a price or a decimal is
 * never evidence). Never a caption's date or one from the story's sentences; empty rather than a
 * guess, with the reason.
 */
final class PublicationDateFinder {

  /** The date and the index of the line it is on. */
  record Dated(ArticleDate date, int line) {}

  /**
   * @param lines the whole page
   * @param bodyStart index of the article's first line (the page's length when it has none)
   * @param end index of the list header that ends the article (the page's length when none)
   */
  Optional<Dated> find(List<PageLine> lines, int bodyStart, int end) {
    boolean monthFirst = monthFirst(lines);
    List<String> above = candidates(lines, 0, bodyStart);
    Optional<DateLineFinder.LineDate> top = DateLineFinder.find(above, monthFirst);
    if (top.isPresent() && top.get().kind() == FoundDate.Kind.PUBLISHED) {
      return top.map(d -> new Dated(d.date(), d.line()));
    }
    List<String> article = candidates(lines, bodyStart, Math.max(bodyStart, end));
    List<DateLineFinder.LineDate> labelled =
        DateLineFinder.dates(article, monthFirst).stream()
            .filter(DateLineFinder.LineDate::labelled)
            .toList();
    return labelled.stream()
        .filter(d -> d.kind() == FoundDate.Kind.PUBLISHED)
        .findFirst()
        .map(d -> new Dated(d.date(), bodyStart + d.line()))
        .or(() -> top.map(d -> new Dated(d.date(), d.line())))
        .or(
            () ->
                labelled.stream().findFirst().map(d -> new Dated(d.date(), bodyStart + d.line())));
  }

  /** Why a page for which {@link #find} found nothing has no date. */
  static UndatedReason undated(List<PageLine> lines, int bodyStart, int end) {
    return UndatedReason.of(lines.stream().map(PageLine::text).toList(), bodyStart, end);
  }

  /**
   * The texts of lines {@code from..to}, a line that cannot hold the page's date (a list item of
   * headlines, furniture) left blank so that the indices stay the page's.
   */
  private static List<String> candidates(List<PageLine> lines, int from, int to) {
    var texts = new ArrayList<String>(to - from);
    for (PageLine line : lines.subList(from, to)) {
      boolean candidate = line.is(Kind.SHORT) || line.is(Kind.PROSE) || line.is(Kind.SKIP);
      texts.add(candidate ? line.text() : "");
    }
    return texts;
  }

  /**
   * True when the page's unambiguous numeric dates (02/22/2025) put the month first, as in the US.
   */
  static boolean monthFirst(List<PageLine> lines) {
    return DateOrder.monthFirst(
        lines.stream().map(PageLine::text).collect(Collectors.joining("\n")), "");
  }
}
