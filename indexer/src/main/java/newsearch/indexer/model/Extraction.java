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
 */
public record Extraction(
    String body, double confidence, String headline, String date, String source) {

  /** A body taken as the corpus gave it (JSON lines), which nothing had to find. */
  public static final Extraction GIVEN = new Extraction("given", 1, "given", "given", "given");

  public Extraction {
    body = body == null || body.isBlank() ? "unknown" : body;
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Extraction confidence must be 0..1, was " + confidence);
    }
    headline = headline == null ? "" : headline;
    date = date == null ? "" : date;
    source = source == null ? "" : source;
  }

  /** A body found by {@code method} with {@code confidence}; the other fields' origins unknown. */
  public static Extraction body(String method, double confidence) {
    return new Extraction(method, confidence, "", "", "");
  }

  public Extraction withHeadline(String origin) {
    return new Extraction(body, confidence, origin, date, source);
  }

  public Extraction withDate(String origin) {
    return new Extraction(body, confidence, headline, origin, source);
  }

  public Extraction withSource(String origin) {
    return new Extraction(body, confidence, headline, date, origin);
  }
}
