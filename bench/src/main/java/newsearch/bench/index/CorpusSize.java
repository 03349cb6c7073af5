package newsearch.bench.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The size of a JSON lines corpus: articles (non-blank lines) and uncompressed bytes.
 *
 * @param articles one per non-blank line
 * @param bytes the uncompressed JSON, the "MB of input text" of the rates
 */
public record CorpusSize(long articles, long bytes) {

  public static CorpusSize of(Path corpus) throws IOException {
    long articles = 0;
    long bytes = 0;
    try (BufferedReader lines = BareIndexer.open(corpus)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          articles++;
        }
        bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
    return new CorpusSize(articles, bytes);
  }
}
