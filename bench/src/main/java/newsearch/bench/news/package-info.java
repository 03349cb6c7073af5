/** Measures of the news features (issue 8): duplicate detection and name variants. */
package newsearch.bench.news;
