/** CSV as every export writes it: one quoting rule for spreadsheets, engine-neutral. */
package newsearch.server.search.csv;
