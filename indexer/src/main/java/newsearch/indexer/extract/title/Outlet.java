package newsearch.indexer.extract.title;

/**
 * The outlet a page names and where its name was read: {@code meta} ({@code og:site_name}), {@code
 * jsonld}, {@code title} (a prefix or suffix of the title), {@code copyright}, {@code text-line},
 * {@code domain}; both empty when the page names none.
 */
public record Outlet(String name, String origin) {

  /** No outlet found. */
  public static final Outlet NONE = new Outlet("", "");

  public Outlet {
    name = name == null ? "" : name.strip();
    origin = name.isEmpty() || origin == null ? "" : origin;
  }
}
