/**
 * Batch search, engine-neutral: a list of queries (several spellings of one entity under one
 * label), each counted with the same filters, one row per entity.
 */
package newsearch.server.search.batch;
