package newsearch.indexer.extract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import newsearch.indexer.extract.date.FoundDate.Kind;
import newsearch.indexer.model.ArticleDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds an HTML page's publication date from every signal it gives ({@link Provenance}): JSON-LD,
 * meta tags, {@code <time>} in the article, the page's address, bylines and labelled date lines, a
 * date on a line of its own near the headline. See {@link #choose} for how they are weighed.
 *
 * <p>Reads the whole parsed document (not only the extracted body) and never changes it.
 */
public final class HtmlDateFinder {

  // Parsed once: jsoup parses a selector string again on every call, for every page.
  private static final Evaluator LANGUAGE = QueryParser.parse("html[lang]");
  private static final Evaluator DATED_ELEMENTS =
      QueryParser.parse("meta[content], time[datetime]");

  private HtmlDateFinder() {}

  /** The publication date of {@code doc}, its URL taken from the page itself. */
  public static Optional<FoundDate> find(Document doc) {
    return find(doc, Optional.empty());
  }

  /**
   * The publication date of {@code doc}; {@code knownUrl} (a sidecar's or a feed's) is used when
   * the page names no address of its own.
   */
  public static Optional<FoundDate> find(Document doc, Optional<String> knownUrl) {
    return choose(candidates(doc, knownUrl));
  }

  /** Every date the page gives, grouped by signal in {@link Provenance} order. */
  public static List<FoundDate> candidates(Document doc, Optional<String> knownUrl) {
    List<FoundDate> jsonLd = JsonLdDates.find(doc);
    String language = doc.select(LANGUAGE).attr("lang");
    boolean monthFirst = DateOrder.monthFirst(doc.body().text(), language, isoDays(doc, jsonLd));
    var regions = new PageRegions(doc);
    Element article = regions.article();
    var all = new ArrayList<FoundDate>(jsonLd);
    all.addAll(MetaDates.find(doc, regions, monthFirst));
    List<FoundDate> shown = shown(article, regions, monthFirst);
    if (shown.isEmpty() && article != doc.body()) {
      // The element taken for the article may be one block of it: the page's other blocks count.
      shown = shown(doc.body(), regions, monthFirst);
    }
    all.addAll(shown.stream().filter(d -> d.provenance() == Provenance.TIME).toList());
    pageUrl(doc)
        .or(() -> knownUrl)
        .flatMap(url -> UrlDates.find(url, monthFirst))
        .ifPresent(d -> all.add(new FoundDate(d, Provenance.URL, Kind.PUBLISHED)));
    all.addAll(shown.stream().filter(d -> d.provenance() != Provenance.TIME).toList());
    return all;
  }

  /**
   * The publication date among a page's candidates.
   *
   * <ol>
   *   <li>A day in the address: it is fixed when the page is published and never re-stamped.
   *   <li>The first structured publication date (JSON-LD, then meta) that the article also shows (a
   *       {@code <time>}, a byline or a date line, as publication or update).
   *   <li>Else the publication date the article shows: {@code <time>}, else a byline, else a date
   *       on a line of its own near the headline. Where it and the metadata disagree, the reader's
   *       date is the page's: metadata is often the CMS's draft, re-publication or UTC stamp.
   *   <li>Else the first structured publication date.
   *   <li>With no publication date at all, the update (the kind says so).
   * </ol>
   */
  static Optional<FoundDate> choose(List<FoundDate> all) {
    Optional<FoundDate> url = first(all, published(Provenance.URL));
    if (url.isPresent()) {
      return url;
    }
    List<FoundDate> structured =
        all.stream()
            .filter(d -> d.provenance() == Provenance.JSONLD || d.provenance() == Provenance.META)
            .filter(d -> d.kind() == Kind.PUBLISHED)
            .toList();
    List<FoundDate> shown =
        all.stream()
            .filter(
                d ->
                    d.provenance() == Provenance.TIME
                        || d.provenance() == Provenance.BYLINE
                        || d.provenance() == Provenance.TEXT)
            .toList();
    for (FoundDate s : structured) {
      if (shown.stream().anyMatch(d -> d.date().day().equals(s.date().day()))) {
        return Optional.of(s);
      }
    }
    return first(shown, published(Provenance.TIME))
        .or(() -> first(shown, published(Provenance.BYLINE)))
        .or(() -> first(shown, published(Provenance.TEXT)))
        .or(() -> structured.stream().findFirst())
        .or(() -> first(all, d -> d.kind() == Kind.UPDATED));
  }

  private static Predicate<FoundDate> published(Provenance p) {
    return d -> d.provenance() == p && d.kind() == Kind.PUBLISHED;
  }

  private static Optional<FoundDate> first(List<FoundDate> all, Predicate<FoundDate> p) {
    return all.stream().filter(p).findFirst();
  }

  /** The days the page's metadata writes unambiguously: JSON-LD and ISO meta and time values. */
  private static Set<LocalDate> isoDays(Document doc, List<FoundDate> jsonLd) {
    var days = new HashSet<LocalDate>();
    jsonLd.forEach(d -> days.add(d.date().day()));
    for (Element e : doc.select(DATED_ELEMENTS)) {
      String value = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
      ArticleDate.parseIso(value).ifPresent(d -> days.add(d.day()));
    }
    return days;
  }

  private static Optional<String> pageUrl(Document doc) {
    for (String selector : List.of("link[rel=canonical]", "meta[property=og:url]")) {
      Element e = doc.selectFirst(selector);
      if (e != null) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("content");
        if (!url.isBlank()) {
          return Optional.of(url.strip());
        }
      }
    }
    return Optional.empty();
  }

  /** The dates {@code root} shows: its time elements, bylines and date lines. */
  private static List<FoundDate> shown(Element root, PageRegions regions, boolean monthFirst) {
    var shown = new ArrayList<FoundDate>(TimeElementDates.find(root, regions, monthFirst));
    shown.addAll(BylineDates.find(root, regions, monthFirst));
    return shown;
  }
}
