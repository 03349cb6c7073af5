package newsearch.indexer.extract.date;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.model.ArticleDate;

/**
 * The day in a page's address, as many publishing systems put it: {@code /2019/03/14/}, {@code
 * /20190314/} or {@code /2019-03-14/} (also as the start or end of the last part, {@code
 * /2019-03-14-headline}). A year and month alone ({@code /2019/03/}) is not a day.
 */
public final class UrlDates {

  private static final List<Pattern> DAY =
      List.of(
          Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=[/_.-]|$)"),
          Pattern.compile("[/_-]((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?=[/_.-]|$)"),
          Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)"));

  /** {@code /29-10-2021}: day and month in the order the page writes them. */
  private static final Pattern YEAR_LAST =
      Pattern.compile("[/_-](\\d{2})-(\\d{2})-((?:19|20)\\d{2})(?=[/_.-]|$)");

  private UrlDates() {}

  /**
   * The day the address gives, if any; {@code monthFirst} reads an ambiguous {@code /03-04-2021} as
   * March 4.
   */
  public static Optional<ArticleDate> find(String url, boolean monthFirst) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    // Only the path and query: a host name's digits are not a date.
    String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    for (Pattern p : DAY) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        Optional<ArticleDate> d =
            ArticleDate.parseIso(m.group(1) + "-" + m.group(2) + "-" + m.group(3))
                .filter(DateValues::plausible);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Matcher m = YEAR_LAST.matcher(path);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      boolean swap = b > 12 || (monthFirst && a <= 12);
      Optional<ArticleDate> d =
          ArticleDate.parseIso(m.group(3) + "-" + (swap ? a : b) + "-" + (swap ? b : a))
              .filter(DateValues::plausible);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
