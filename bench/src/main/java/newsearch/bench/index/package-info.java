/** Indexing benchmark: newsearch's indexer against a bare Lucene baseline on the same articles. */
package newsearch.bench.index;
