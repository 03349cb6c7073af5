/** Suggestions as the search box offers them while a reader types, engine-neutral. */
package newsearch.server.search.suggest;
