package newsearch.server.search.batch;

/** A matching article as a batch row lists it; {@code date} and {@code source} may be null. */
public record BatchHit(String id, String headline, String source, String date) {}
