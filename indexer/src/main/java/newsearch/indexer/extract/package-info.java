/**
 * Extraction: what every format's reader shares to turn page text into an article's fields (dates
 * and month names in many languages, text normalisation, one name per outlet).
 */
package newsearch.indexer.extract;
