/** The Lucene index: its schema (fields, analyzer) shared by indexer and server, and the writer. */
package newsearch.indexer.index;
