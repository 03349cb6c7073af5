package newsearch.indexer.extract.title;

/**
 * A page's headline and where it was read: {@code h1}, {@code h2}, {@code jsonld}, {@code meta}
 * ({@code og:title}), {@code title}, {@code text-line}; both empty when the page has none.
 */
public record Headline(String text, String origin) {

  /** No headline found. */
  public static final Headline NONE = new Headline("", "");

  public Headline {
    text = text == null ? "" : text.strip();
    origin = text.isEmpty() || origin == null ? "" : origin;
  }
}
