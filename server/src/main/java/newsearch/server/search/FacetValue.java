package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A facet entry or histogram bucket: a value and how many matching articles have it; with {@code
 * histogram=share}, also the share of all the articles with it (the same filters, any query) that
 * match, 0..1, or null where there are none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetValue(String value, long count, Double share) {

  /** A count alone. */
  public FacetValue(String value, long count) {
    this(value, count, null);
  }
}
