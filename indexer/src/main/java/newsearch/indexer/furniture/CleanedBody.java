package newsearch.indexer.furniture;

import java.util.List;

/**
 * A JSON body after {@link BodyFurniture#clean}: its text and what was taken out of it.
 *
 * @param text the body to index
 * @param removed the furniture lines taken out, one per occurrence
 * @param keptWhole true when the body held only furniture and was kept as it was given
 */
public record CleanedBody(String text, List<BodyFurniture.Entry> removed, boolean keptWhole) {

  public CleanedBody {
    removed = List.copyOf(removed);
  }

  static CleanedBody unchanged(String body) {
    return new CleanedBody(body, List.of(), false);
  }

  static CleanedBody keptWhole(String body) {
    return new CleanedBody(body, List.of(), true);
  }
}
