/**
 * The query tree translated to Lucene queries: analysis, field mapping, a name's other spellings,
 * and the relaxed form of a question.
 */
package newsearch.server.search.lucene.query;
