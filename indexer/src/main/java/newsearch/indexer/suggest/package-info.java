/** What an article offers the search box's suggestions: its names and its headline's phrases. */
package newsearch.indexer.suggest;
