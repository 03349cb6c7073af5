/**
 * Name variants: the fold that puts spellings of one name under one key, the names an article
 * mentions, and the editable variants file for spellings no rule folds.
 */
package newsearch.indexer.names;
