/**
 * Search: a {@link newsearch.server.search.SearchService} answers search, article, export and
 * health requests from the Lucene index. Knows nothing of HTTP.
 */
package newsearch.server.search;
