package newsearch.server.search.query;

import java.util.List;

/** What a field a user names in a query searches; each with the names a user may type for it. */
public enum QueryField {
  HEADLINE("headline", "title"),
  BODY("body", "text"),
  SOURCE("source"),
  AUTHOR("author", "authors");

  private final List<String> names;

  QueryField(String... names) {
    this.names = List.of(names);
  }

  /** The names a user may type before the colon, the one shown in help first; lower case. */
  public List<String> names() {
    return names;
  }
}
