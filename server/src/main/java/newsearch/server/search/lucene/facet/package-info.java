/** Facets: matching articles counted per source, per day and per story, in one pass. */
package newsearch.server.search.lucene.facet;
