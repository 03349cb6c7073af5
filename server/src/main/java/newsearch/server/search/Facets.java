package newsearch.server.search;

import java.util.List;

/**
 * Facet counts for a search. The source counts ignore the request's own source filter, so a client
 * can offer several sources to tick; the date histogram honours every filter.
 */
public record Facets(List<FacetValue> source, DateHistogram date) {}
