/**
 * The edited-copy benchmark of story detection: versions of corpus articles made the way outlets
 * make them (from a committed recipe, never from stored text), hard negatives on the same event,
 * and the measurement of the index's story ids on both.
 */
package newsearch.bench.stories;
