package newsearch.indexer.extract.date;

import newsearch.indexer.model.ArticleDate;

/**
 * A date read from a page, with where it was read and whether the page called it the publication or
 * the last update.
 */
public record FoundDate(ArticleDate date, Provenance provenance, Kind kind) {

  /** What the page said the date is. */
  public enum Kind {
    PUBLISHED,
    UPDATED
  }

  public FoundDate {
    if (date == null || provenance == null || kind == null) {
      throw new IllegalArgumentException("FoundDate needs a date, a provenance and a kind");
    }
  }

  public boolean isUpdate() {
    return kind == Kind.UPDATED;
  }
}
