/**
 * Finds an HTML page's article body: decodes the page in its charset, scores the DOM's blocks for
 * article text, weighs the candidates (own scoring, Readability, JSON-LD) and strips the furniture.
 */
package newsearch.indexer.extract.html;
