/**
 * Readers: one corpus file in, articles out, one {@link ArticleReader} per format (scraped text,
 * HTML, JSON lines), with a page's sidecar overrides applied.
 */
package newsearch.indexer.read;
