/** Finds an article's authors: structured metadata, byline elements and byline lines. */
package newsearch.indexer.extract.byline;
