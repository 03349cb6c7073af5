package newsearch.server.search.suggest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One completion of what the reader typed.
 *
 * @param text what the box offers: a name as written, or a headline phrase in lower case
 * @param kind whether it is a name or a headline phrase
 * @param count how many live articles hold it
 */
public record Suggestion(String text, Kind kind, int count) {

  /** Where a suggestion comes from. */
  public enum Kind {
    /** Capitalized words an article mentions: "Volodymyr Zelensky". */
    NAME,
    /** Two or three words of a headline: "ceasefire talks". */
    PHRASE;

    @JsonValue
    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Suggestion {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A suggestion needs a text");
    }
    if (kind == null) {
      throw new IllegalArgumentException("Suggestion '" + text + "' needs a kind");
    }
    if (count < 1) {
      throw new IllegalArgumentException(
          "Suggestion '" + text + "' must be in 1 or more articles, was " + count);
    }
  }
}
