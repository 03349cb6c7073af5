/**
 * Headlines and outlets: the article's headline and the name of the outlet that carries it, from an
 * HTML page's metadata and headings or from the lines of a scraped text page, each with where it
 * was read.
 */
package newsearch.indexer.extract.title;
