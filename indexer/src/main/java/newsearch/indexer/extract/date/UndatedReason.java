package newsearch.indexer.extract.date;

import java.util.List;
import java.util.Optional;
import newsearch.indexer.extract.DateParser;
import newsearch.indexer.model.ArticleDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Why a page has no publication date, as far as the finders can tell: every date they see is either
 * taken or turned down for one of these reasons, so the reindex report can say which pages to check
 * and why. Signals never conflict into no date: {@link HtmlDateFinder#choose} ranks them.
 */
public enum UndatedReason {
  /** The page holds no date at all. */
  NO_SIGNAL("no date signal"),
  /** Its only dates are before the web's news sites or in the future (a template's default). */
  OUT_OF_RANGE("date out of range"),
  /** Its only dates are inside the story's sentences (events it reports, not its publication). */
  ONLY_STORY_DATES("only dates in the story text"),
  /** Its only dates are outside the article: a copyright, a footer, comments, other stories. */
  ONLY_OTHER_DATES("only a copyright, footer or comment date");

  private final String label;

  UndatedReason(String label) {
    this.label = label;
  }

  /** The words the report and the extraction record use. */
  public String label() {
    return label;
  }

  /** Why the lines of a text page, its article from {@code bodyStart} to {@code end}, gave none. */
  public static UndatedReason of(List<String> lines, int bodyStart, int end) {
    boolean outOfRange = false;
    boolean inStory = false;
    boolean elsewhere = false;
    for (int i = 0; i < lines.size(); i++) {
      Optional<DateParser.Found> f = DateParser.find(lines.get(i), false);
      if (f.isPresent()) {
        if (!DateValues.plausible(f.get().date())) {
          outOfRange = true;
        } else if (i >= bodyStart && i < end) {
          inStory = true;
        } else {
          elsewhere = true;
        }
      }
    }
    return reason(outOfRange, inStory, elsewhere);
  }

  /** Why an HTML page for which {@link HtmlDateFinder} found nothing gave none. */
  public static UndatedReason of(Document doc) {
    boolean outOfRange = false;
    for (Element e : doc.select("meta[content], time[datetime]")) {
      String value = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
      Optional<ArticleDate> date = ArticleDate.parseIso(value.strip());
      outOfRange |= date.isPresent() && !DateValues.plausible(date.get());
    }
    var regions = new PageRegions(doc);
    boolean inStory = hasDate(ArticleLines.of(regions.article(), regions));
    boolean elsewhere = !inStory && DateParser.find(doc.body().text(), false).isPresent();
    return reason(outOfRange, inStory, elsewhere);
  }

  private static boolean hasDate(List<String> lines) {
    return lines.stream().anyMatch(l -> DateParser.find(l, false).isPresent());
  }

  private static UndatedReason reason(boolean outOfRange, boolean inStory, boolean elsewhere) {
    if (inStory) {
      return ONLY_STORY_DATES;
    }
    if (elsewhere) {
      return ONLY_OTHER_DATES;
    }
    return outOfRange ? OUT_OF_RANGE : NO_SIGNAL;
  }
}
