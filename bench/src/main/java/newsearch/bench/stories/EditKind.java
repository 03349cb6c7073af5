package newsearch.bench.stories;

import java.util.Locale;

/**
 * One way an outlet changes a wire text, with the name it has in a recipe. The declaration order is
 * the order a version's edits are applied in: paragraphs are chosen and added before sentences are
 * reworded, and gluing comes last because it hides sentence boundaries.
 */
public enum EditKind {
  /** The lead paragraph rewritten. */
  LEAD,
  /** Paragraphs cut and the rest partly reordered. */
  CUT_REORDER,
  /** Paragraphs of the outlet's own (from another article) added. */
  ADDED,
  /** Sentences lightly reworded: a word swapped, added or dropped. */
  REWORDING,
  /** US spellings localised to UK ones (normalizing → normalising, color → colour). */
  SPELLING,
  /** Names transliterated another way (Sergey → Sergei). */
  TRANSLITERATION,
  /** Sentences and paragraphs glued together, as scraping does. */
  GLUED;

  /** The recipe name: lower case, e.g. {@code cut_reorder}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind of a recipe name. */
  public static EditKind of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
