package newsearch.indexer.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import newsearch.indexer.extract.date.FoundDate.Kind;
import newsearch.indexer.model.ArticleDate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Dates from {@code <time datetime>} elements and dated microformats ({@code class="published"} or
 * {@code "updated"} with a {@code title}, as hAtom writes them) inside the article, never in its
 * furniture. Many different days among unmarked ones are a list of other articles. A {@code
 * pubdate}, {@code itemprop="datePublished"} or a "published" class marks the publication; an
 * "updated" class, {@code itemprop="dateModified"} or an "Updated" label before it marks the
 * update.
 */
final class TimeElementDates {

  // Parsed once: jsoup parses a selector string again on every call, for every page.
  private static final Evaluator TIMES =
      QueryParser.parse(
          "time[datetime], time[pubdate], [title].published, [title].updated,"
              + " [itemprop=datePublished][datetime], [itemprop=dateModified][datetime]");

  private static final Pattern UPDATED_NAME = Pattern.compile("(?i)updat|modif|edited|revis");
  private static final Pattern PUBLISHED_NAME =
      Pattern.compile("(?i)publish|posted|pubdate|entry-date|created");

  private TimeElementDates() {}

  /** The article's time elements: marked publications first, then the others in page order. */
  static List<FoundDate> find(Element article, PageRegions regions, boolean monthFirst) {
    var marked = new ArrayList<FoundDate>();
    var plain = new ArrayList<FoundDate>();
    var updated = new ArrayList<FoundDate>();
    for (Element e : article.select(TIMES)) {
      if (regions.isFurniture(e)) {
        continue;
      }
      String value = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("title");
      Optional<ArticleDate> date =
          DateValues.parse(value, monthFirst).or(() -> DateValues.parse(e.text(), monthFirst));
      if (date.isEmpty()) {
        continue;
      }
      String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
      Element parent = e.parent();
      String context = parent == null ? "" : parent.className() + " " + parent.id();
      if (UPDATED_NAME.matcher(names).find() || labelledUpdate(e)) {
        updated.add(new FoundDate(date.get(), Provenance.TIME, Kind.UPDATED));
      } else if (e.hasAttr("pubdate") || PUBLISHED_NAME.matcher(names).find()) {
        marked.add(new FoundDate(date.get(), Provenance.TIME, Kind.PUBLISHED));
      } else if (UPDATED_NAME.matcher(context).find()) {
        updated.add(new FoundDate(date.get(), Provenance.TIME, Kind.UPDATED));
      } else {
        plain.add(new FoundDate(date.get(), Provenance.TIME, Kind.PUBLISHED));
      }
    }
    var all = new ArrayList<FoundDate>(marked);
    all.addAll(BylineDates.unlessList(plain));
    all.addAll(updated);
    return all;
  }

  /** "Updated: <time>": the words just before the element say it is the update. */
  private static boolean labelledUpdate(Element e) {
    Element parent = e.parent();
    if (parent == null) {
      return false;
    }
    String text = parent.text();
    int at = text.indexOf(e.text());
    String before = at > 0 ? text.substring(Math.max(0, at - 40), at) : "";
    return DateLabels.kindBefore(before).filter(k -> k == Kind.UPDATED).isPresent();
  }
}
