package newsearch.indexer.extract.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import newsearch.indexer.extract.ElementText;
import newsearch.indexer.extract.date.FoundDate.Kind;
import org.jsoup.nodes.Element;

/**
 * The dates an article shows in its text: in elements the page marks as dates or bylines ({@code
 * class="post-date"}, {@code itemprop="datePublished"}) and on labelled lines ("Published", "Publié
 * le"), both {@link Provenance#BYLINE}; on lines of their own near the headline ({@link
 * Provenance#TEXT}). Unlabelled dates of three or more different days are a list of other articles
 * and count for nothing.
 */
final class BylineDates {

  /** A word of a class, id or itemprop that marks a date or byline ({@code post-date}). */
  private static final Pattern DATE_WORD =
      Pattern.compile(
          "(?i)\\w*date\\w*|\\w*time|timestamp|publish(?:ed)?|posted(?:on)?|byline|dateline"
              + "|\\w*meta|datum|fecha|fecha\\w+|submitted");

  private static final Pattern DATE_HINT =
      Pattern.compile("(?i)date|time|publish|posted|byline|meta|datum|fecha|submitted");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s_-]+|(?<=[a-z])(?=[A-Z])");
  private static final Pattern UPDATE_ELEMENT = Pattern.compile("(?i)updat|modif");
  private static final int MAX_BYLINE_CHARS = 200;

  /** Unlabelled dates of this many different days are a list of articles, not this one's date. */
  private static final int LIST_DAYS = 3;

  /** A date of its own is the page's only this close below the headline (or the top). */
  private static final int TOP_LINES = 20;

  private BylineDates() {}

  /** Labelled dates first, then those of date elements, then dates of their own. */
  static List<FoundDate> find(Element article, PageRegions regions, boolean monthFirst) {
    var labelled = new ArrayList<FoundDate>();
    var marked = new ArrayList<FoundDate>();
    // Pages repeat a few class names thousands of times: each is judged once.
    var marking = new HashMap<String, Boolean>();
    for (Element e : article.getAllElements()) {
      String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
      if (!marking.computeIfAbsent(names, BylineDates::marksDate)) {
        continue;
      }
      String text = ElementText.shortText(e, MAX_BYLINE_CHARS);
      if (text.isEmpty() || regions.isFurniture(e)) {
        continue;
      }
      var dates = new ArrayList<DateLineFinder.LineDate>();
      DateLineFinder.addDates(text, 0, monthFirst, dates, true);
      boolean updateElement = UPDATE_ELEMENT.matcher(names).find();
      for (DateLineFinder.LineDate d : dates) {
        Kind kind = updateElement && !d.labelled() ? Kind.UPDATED : d.kind();
        (d.labelled() ? labelled : marked).add(new FoundDate(d.date(), Provenance.BYLINE, kind));
      }
    }
    List<String> lines = ArticleLines.of(article, regions);
    int top = Math.max(0, ArticleLines.lineOf(regions.headline(), lines)) + TOP_LINES;
    var alone = new ArrayList<FoundDate>();
    for (DateLineFinder.LineDate d : DateLineFinder.dates(lines, monthFirst)) {
      if (d.labelled()) {
        labelled.add(new FoundDate(d.date(), Provenance.BYLINE, d.kind()));
      } else if (d.alone() && d.line() < top) {
        alone.add(new FoundDate(d.date(), Provenance.TEXT, Kind.PUBLISHED));
      }
    }
    labelled.addAll(unlessList(marked));
    labelled.addAll(unlessList(alone));
    return labelled;
  }

  /** {@code dates}, or none when they hold so many different days that they are a list. */
  static List<FoundDate> unlessList(List<FoundDate> dates) {
    long days = dates.stream().map(d -> d.date().day()).distinct().count();
    return days >= LIST_DAYS ? List.of() : dates;
  }

  /** True when a class, id or itemprop word marks a date; {@code status-publish} is a state. */
  private static boolean marksDate(String names) {
    if (!DATE_HINT.matcher(names).find()) {
      return false; // most elements: the word-by-word check below is too slow for all of them
    }
    String[] words = WORD_BREAK.split(names.strip());
    for (int i = 0; i < words.length; i++) {
      if (DATE_WORD.matcher(words[i]).matches()
          && !(i > 0 && words[i - 1].equalsIgnoreCase("status"))) {
        return true;
      }
    }
    return false;
  }
}
