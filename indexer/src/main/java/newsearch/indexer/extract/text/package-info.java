/**
 * Scraped text pages: each line classified (prose, title-like, list, date, furniture), then the
 * body, headline, date and source found among the lines; furniture phrases are data ({@code
 * boilerplate-phrases.txt}).
 */
package newsearch.indexer.extract.text;
