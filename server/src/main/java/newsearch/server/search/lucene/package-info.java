/**
 * The embedded Lucene backend of the search contract: {@link
 * newsearch.server.search.lucene.LuceneSearchService} runs a search as its stages (parse, match,
 * collapse, facet, highlight) over one shared index reader.
 */
package newsearch.server.search.lucene;
