/**
 * The suggestions of one index reader: its suggest terms, counted over live articles, in an FST.
 */
package newsearch.server.search.lucene.suggest;
