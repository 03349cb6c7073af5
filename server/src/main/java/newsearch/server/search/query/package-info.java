/**
 * The user's query as an engine-neutral tree ({@link newsearch.server.search.query.QueryNode}):
 * words, phrases, exclusions, fields, prefixes, fuzzy terms and groups, parsed by {@link
 * newsearch.server.search.query.UserQueryParser}; each backend translates the tree to its own
 * queries.
 */
package newsearch.server.search.query;
