package newsearch.indexer.extract.text;

import java.util.List;
import java.util.Optional;
import newsearch.indexer.model.ArticleDate;

/**
 * What extraction found on one page: empty strings where it found nothing, how the body was found
 * ({@code "text-lines"} for a scraped text page, empty when there is no body), how sure that body
 * is, 0..1, the byline's authors (none when the page credits no person), and why there is no date
 * (empty when there is one).
 */
public record ExtractedPage(
    String headline,
    Optional<ArticleDate> date,
    String source,
    String body,
    String bodyMethod,
    double confidence,
    List<String> authors,
    String undated) {

  /** How the body of a scraped text page is found: a region of its lines. */
  public static final String TEXT_LINES = "text-lines";

  public ExtractedPage {
    headline = headline == null ? "" : headline.strip();
    date = date == null ? Optional.empty() : date;
    source = source == null ? "" : source.strip();
    body = body == null ? "" : body.strip();
    bodyMethod = body.isEmpty() || bodyMethod == null ? "" : bodyMethod;
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }
    confidence = body.isEmpty() ? 0 : confidence;
    authors = authors == null ? List.of() : List.copyOf(authors);
    undated = undated == null || date.isPresent() ? "" : undated;
  }

  /** A page found some other way, with no measure of how sure it is. */
  public ExtractedPage(String headline, Optional<ArticleDate> date, String source, String body) {
    this(headline, date, source, body, "", 0, List.of(), "");
  }
}
