/**
 * The search contract: the {@link newsearch.server.search.SearchService} interface the API calls
 * and the records it answers with; no HTTP and no search engine in it.
 */
package newsearch.server.search;
