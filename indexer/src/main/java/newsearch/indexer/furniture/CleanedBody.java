package newsearch.indexer.furniture;

import java.util.List;

/**
 * A JSON body after {@link BodyFurniture#clean}: its text and what was taken out of it.
 *
 * @param text the body to index
 * @param removals the furniture lines and prefixes taken out, one per occurrence
 * @param keptWhole true when the body held only furniture and was kept as it was given
 */
public record CleanedBody(String text, List<Removal> removals, boolean keptWhole) {

  /**
   * One line or prefix taken out.
   *
   * @param pattern the learnt line or prefix
   * @param prefix whether it was a prefix cut from the front of a paragraph
   */
  public record Removal(BodyFurniture.Entry pattern, boolean prefix) {}

  public CleanedBody {
    removals = List.copyOf(removals);
  }

  static CleanedBody unchanged(String body) {
    return new CleanedBody(body, List.of(), false);
  }

  static CleanedBody keptWhole(String body) {
    return new CleanedBody(body, List.of(), true);
  }
}
