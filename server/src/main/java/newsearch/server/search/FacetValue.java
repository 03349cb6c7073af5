package newsearch.server.search;

/** A facet entry or histogram bucket: a value and how many matching articles have it. */
public record FacetValue(String value, long count) {}
