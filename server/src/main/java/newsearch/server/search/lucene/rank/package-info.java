/**
 * Ranking of long, natural queries (questions, pasted sentences): pseudo-relevance feedback and a
 * boost for query words found together, applied as a ranking of the question's own matches.
 */
package newsearch.server.search.lucene.rank;
