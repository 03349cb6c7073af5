/**
 * Dates: reads dates written the ways pages write them, and finds a page's publication date from
 * its signals (JSON-LD, meta tags, time elements, its address, bylines and date lines), each with
 * where it was read.
 */
package newsearch.indexer.extract.date;
