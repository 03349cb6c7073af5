package newsearch.server.search;

import java.util.Locale;

/**
 * How hits are ordered. {@link #REPUBLISHED} puts the stories with the most outlets first, and
 * orders those with as many by relevance when there is a query, else newest first.
 */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST,
  REPUBLISHED;

  /** Parses {@code relevance}, {@code newest}, {@code oldest} or {@code republished}. */
  public static SortOrder parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Parameter 'sort' must be relevance, newest, oldest or republished, was '" + value + "'");
    }
  }
}
