package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an article's fields were read: the body's method ({@code dom-score}, {@code readability},
 * {@code text-lines}, {@code given}…) and the extractor's confidence in it, 0..1; where the
 * headline, date and source came from, absent when unknown.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Extraction(
    String body, double confidence, String headline, String date, String source) {}
