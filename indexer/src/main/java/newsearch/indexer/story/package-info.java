/**
 * One story, many outlets (issue 8): MinHash signatures of article bodies, their LSH band keys in
 * the index, and the pass that gives near-duplicate articles one story id.
 */
package newsearch.indexer.story;
