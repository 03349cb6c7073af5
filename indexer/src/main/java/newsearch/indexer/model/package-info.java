/** The document model: one news article as the indexer and the server see it. */
package newsearch.indexer.model;
