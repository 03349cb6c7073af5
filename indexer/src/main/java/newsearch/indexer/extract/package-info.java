/**
 * Extraction: what every format's reader shares to turn page text into an article's fields (text
 * normalisation, one name per outlet); dates are in {@code extract.date}.
 */
package newsearch.indexer.extract;
