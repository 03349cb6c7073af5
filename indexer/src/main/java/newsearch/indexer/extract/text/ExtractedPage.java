package newsearch.indexer.extract.text;

import java.util.Optional;
import newsearch.indexer.model.ArticleDate;

/** What extraction found on one page: empty strings where it found nothing. */
public record ExtractedPage(
    String headline, Optional<ArticleDate> date, String source, String body) {

  public ExtractedPage {
    headline = headline == null ? "" : headline.strip();
    date = date == null ? Optional.empty() : date;
    source = source == null ? "" : source.strip();
    body = body == null ? "" : body.strip();
  }
}
