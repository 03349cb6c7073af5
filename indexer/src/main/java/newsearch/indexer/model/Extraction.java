package newsearch.indexer.model;

/**
 * How an article's fields were read, kept with the article so that a reader of the archive can tell
 * a clean extraction from a doubtful one.
 *
 * @param body how the body was found, e.g. {@code dom-score}, {@code text-lines}, {@code given}
 * @param confidence how sure the extractor is of the body, 0..1: eval-extraction reports what each
 *     decile means on real pages
 * @param headline where the headline came from, empty when unknown
 * @param date where the date came from ({@code jsonld}, {@code meta}, {@code time}, {@code url},
 *     {@code byline}, {@code text}), empty when there is none
 * @param source where the outlet's name came from, empty when unknown
 * @param authors where the authors came from ({@code jsonld}, {@code meta}, {@code byline}), empty
 *     when there are none
 * @param undated why there is no date ({@code no date signal}, {@code only a copyright or footer
 *     date}…), empty when there is one or nothing says
 */
public record Extraction(
    String body,
    double confidence,
    String headline,
    String date,
    String source,
    String authors,
    String undated) {

  /** A body taken as the corpus gave it (JSON lines), which nothing had to find. */
  public static final Extraction GIVEN =
      new Extraction("given", 1, "given", "given", "given", "given", "");

  public Extraction {
    body = body == null || body.isBlank() ? "unknown" : body;
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Extraction confidence must be 0..1, was " + confidence);
    }
    headline = headline == null ? "" : headline;
    date = date == null ? "" : date;
    source = source == null ? "" : source;
    authors = authors == null ? "" : authors;
    undated = undated == null || !date.isEmpty() ? "" : undated;
  }

  /** A body found by {@code method} with {@code confidence}; the other fields' origins unknown. */
  public static Extraction body(String method, double confidence) {
    return new Extraction(method, confidence, "", "", "", "", "");
  }

  public Extraction withHeadline(String origin) {
    return new Extraction(body, confidence, origin, date, source, authors, undated);
  }

  public Extraction withDate(String origin) {
    return new Extraction(body, confidence, headline, origin, source, authors, undated);
  }

  public Extraction withSource(String origin) {
    return new Extraction(body, confidence, headline, date, origin, authors, undated);
  }

  public Extraction withAuthors(String origin) {
    return new Extraction(body, confidence, headline, date, source, origin, undated);
  }

  /** The same record saying why the article has no date (ignored when it has one). */
  public Extraction withUndated(String reason) {
    return new Extraction(body, confidence, headline, date, source, authors, reason);
  }
}
