/**
 * The HTTP API: routes, parameter parsing and error mapping on Javalin. Calls the search service;
 * never builds a Lucene query.
 */
package newsearch.server.api;
