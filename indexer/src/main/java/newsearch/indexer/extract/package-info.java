/**
 * Extraction: one corpus file in, clean articles out. One {@link
 * newsearch.indexer.extract.ArticleReader} per format; scraped text pages go through {@link
 * newsearch.indexer.extract.TextPageExtractor}, whose furniture phrases are data ({@code
 * boilerplate-phrases.txt}); {@link newsearch.indexer.extract.SourceAliases} gives each outlet one
 * name.
 */
package newsearch.indexer.extract;
