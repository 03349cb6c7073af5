package newsearch.server.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  /** Parses {@code relevance}, {@code newest} or {@code oldest}. */
  public static SortOrder parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Parameter 'sort' must be relevance, newest or oldest, was '" + value + "'");
    }
  }
}
