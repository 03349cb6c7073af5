/** Highlighting: the query's matches marked in headlines, snippets and whole articles. */
package newsearch.server.search.lucene.highlight;
