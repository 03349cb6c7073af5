/**
 * One story, many outlets: MinHash signatures of article bodies, their LSH band keys in the index,
 * and the pass that gives near-duplicate articles one story id.
 */
package newsearch.indexer.story;
