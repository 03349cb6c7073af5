package newsearch.server.search.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One sentence a version changed against the earliest version of its story.
 *
 * @param text the sentence as this version has it; for {@code removed}, the earliest's sentence
 * @param was the earliest's sentence, for {@code changed} only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(Op op, String text, String was) {

  /** What happened to a sentence. */
  public enum Op {
    /** A sentence with no near match in the earliest version. */
    ADDED,
    /** A sentence of the earliest version with no near match in this one. */
    REMOVED,
    /** A sentence near enough to one of the earliest's, but not the same. */
    CHANGED;

    @JsonValue
    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Change {
    if (op == null || text == null) {
      throw new IllegalArgumentException("A change needs an op and a text");
    }
    if ((op == Op.CHANGED) != (was != null)) {
      throw new IllegalArgumentException("Only a changed sentence has 'was', op was " + op);
    }
  }

  static Change added(String text) {
    return new Change(Op.ADDED, text, null);
  }

  static Change removed(String text) {
    return new Change(Op.REMOVED, text, null);
  }

  static Change changed(String text, String was) {
    return new Change(Op.CHANGED, text, was);
  }
}
