package newsearch.server.search;

/**
 * The state of the index being served.
 *
 * @param status {@code ok}, or {@code empty} when the index holds no article
 * @param articles articles searchable now
 * @param version Lucene's version of the index: it changes with every reindex
 * @param builtAt when the served index was committed (ISO instant), empty when unknown
 */
public record IndexHealth(String status, long articles, long version, String builtAt) {}
