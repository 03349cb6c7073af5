/**
 * Benchmarks: the {@code bench} command (indexing, search over HTTP, startup) and the {@code eval}
 * command (ranking quality on a test collection with judgments).
 */
package newsearch.bench;
