package newsearch.server.search;

import java.util.List;

/**
 * Matching articles per day, week, month or year, whichever gives a readable number of bars.
 *
 * @param interval {@code day}, {@code week} (buckets named by their Monday), {@code month} or
 *     {@code year}
 * @param buckets consecutive buckets from the first to the last date, empty ones included
 * @param undated matching articles with no known date
 */
public record DateHistogram(String interval, List<FacetValue> buckets, long undated) {}
