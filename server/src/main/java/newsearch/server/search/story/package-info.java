/**
 * The story view, engine-neutral: every version of one story in time order, each with what it
 * changed, sentence by sentence, against the earliest in the archive.
 */
package newsearch.server.search.story;
