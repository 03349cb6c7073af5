/**
 * Extraction: one corpus file in, clean articles out. One {@link
 * newsearch.indexer.extract.ArticleReader} per format; scraped text pages go through {@link
 * newsearch.indexer.extract.TextPageExtractor}.
 */
package newsearch.indexer.extract;
