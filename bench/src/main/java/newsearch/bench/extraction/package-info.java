/**
 * Extraction quality on real pages: the article-extraction benchmark's shingle metric, the golden
 * answers, and the per-page scores {@code eval-extraction} prints.
 */
package newsearch.bench.extraction;
