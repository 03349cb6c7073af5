/** Turns a corpus folder into a Lucene index: the reindex command and its pipeline. */
package newsearch.indexer;
