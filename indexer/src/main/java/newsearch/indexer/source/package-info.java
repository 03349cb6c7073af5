/** Source files: finding the corpus files and reading them safely (size limits, encodings). */
package newsearch.indexer.source;
