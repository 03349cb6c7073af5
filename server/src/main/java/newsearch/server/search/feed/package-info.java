/**
 * Alerts as feeds, engine-neutral: the newest articles matching a search or a standing list, in the
 * order newsearch first saw them, written as Atom.
 */
package newsearch.server.search.feed;
