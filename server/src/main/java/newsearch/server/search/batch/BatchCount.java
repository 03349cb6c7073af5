package newsearch.server.search.batch;

/** A source or a month of a batch row, and how many of the row's matches have it. */
public record BatchCount(String value, long count) {}
