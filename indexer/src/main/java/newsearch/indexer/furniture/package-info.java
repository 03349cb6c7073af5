/**
 * Corpus-level furniture: the lines that recur across many pages of a corpus (menus, share bars,
 * newsletter blurbs, an outlet's "about us"), learnt when an index is built from nothing, kept with
 * its commit and used unchanged by every run until the next one from nothing.
 */
package newsearch.indexer.furniture;
