package newsearch.indexer.extract.html;

/**
 * The body found on an HTML page and how it was found.
 *
 * @param text the article text, paragraphs separated by blank lines; empty when none was found
 * @param method which mechanism chose it: {@code "dom-score"}, {@code "readability"}, {@code
 *     "jsonld"} or {@code "none"}
 * @param confidence 0..1, how likely the text is the whole article and nothing else
 */
public record BodyExtraction(String text, String method, double confidence) {

  /** Nothing found. */
  public static final BodyExtraction NONE = new BodyExtraction("", "none", 0);

  public BodyExtraction {
    text = text == null ? "" : text.strip();
    if (method == null || method.isBlank()) {
      throw new IllegalArgumentException("Body method must not be empty");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Body confidence must be 0..1, was " + confidence);
    }
  }
}
