package newsearch.bench.index;

/**
 * One indexing run.
 *
 * @param indexer "newsearch" or "bare"
 * @param articles articles in the index afterwards
 * @param inputBytes uncompressed JSON read
 * @param millis wall time, commit included
 * @param peakHeapBytes highest heap in use during the run (garbage included)
 * @param indexBytes size of the index folder after the commit
 */
public record IndexingResult(
    String indexer,
    long articles,
    long inputBytes,
    long millis,
    long peakHeapBytes,
    long indexBytes,
    double articlesPerSecond,
    double megabytesPerSecond) {

  public static IndexingResult of(
      String indexer,
      long articles,
      long inputBytes,
      long millis,
      long peakHeapBytes,
      long indexBytes) {
    double seconds = Math.max(millis, 1) / 1000.0;
    return new IndexingResult(
        indexer,
        articles,
        inputBytes,
        millis,
        peakHeapBytes,
        indexBytes,
        articles / seconds,
        inputBytes / 1e6 / seconds);
  }
}
