/** Stories: which articles are versions of one story, and one hit per story in a ranked list. */
package newsearch.server.search.lucene.story;
