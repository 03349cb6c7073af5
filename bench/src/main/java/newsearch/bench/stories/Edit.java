package newsearch.bench.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * One edit of a recipe: its kind and strength in (0, 1], the share of the text it touches (of the
 * words, names, sentences or paragraphs the kind works on).
 */
public record Edit(EditKind kind, double strength) {

  public Edit {
    if (!(strength > 0 && strength <= 1)) {
      throw new IllegalArgumentException("strength out of (0, 1]: " + strength);
    }
  }

  /** A recipe as written in the label file: {@code kind:strength} joined by {@code +}. */
  public static String format(List<Edit> recipe) {
    var parts = new ArrayList<String>();
    for (Edit e : recipe) {
      parts.add(e.kind().label() + ":" + e.strength());
    }
    return String.join("+", parts);
  }

  /** The recipe of {@link #format}. */
  public static List<Edit> parse(String recipe) {
    var out = new ArrayList<Edit>();
    for (String part : recipe.split("\\+")) {
      int colon = part.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("not kind:strength: " + part);
      }
      out.add(
          new Edit(
              EditKind.of(part.substring(0, colon)),
              Double.parseDouble(part.substring(colon + 1))));
    }
    return out;
  }
}
