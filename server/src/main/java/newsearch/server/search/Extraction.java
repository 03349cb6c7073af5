package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an article's fields were read: the body's method ({@code dom-score}, {@code readability},
 * {@code text-lines}, {@code given}…) and the extractor's confidence in it, 0..1; where the
 * headline, date, source and authors came from, absent when unknown; why it has no date ({@code
 * undated}), absent when it has one.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Extraction(
    String body,
    double confidence,
    String headline,
    String date,
    String source,
    String authors,
    String undated) {}
