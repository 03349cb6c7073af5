package newsearch.indexer.read;

import java.io.IOException;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;

/** Reads the articles of one corpus file format. */
public interface ArticleReader {

  /**
   * Streams the articles of {@code file} to {@code sink}, with the sidecar's overrides applied.
   *
   * @throws FileSkipped when the file as a whole holds no article (empty, binary, too large)
   */
  void read(CorpusFile file, ArticleSink sink) throws IOException, FileSkipped;

  /** A larger file is skipped as too large before it is read or hashed. */
  default long maxFileBytes() {
    return Long.MAX_VALUE;
  }
}
