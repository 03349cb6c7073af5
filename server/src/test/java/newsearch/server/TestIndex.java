package newsearch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.Indexer;
import newsearch.indexer.source.CorpusFiles;

/** A real index over the fixture articles in {@code src/test/resources/news}, for server tests. */
public final class TestIndex {

  private TestIndex() {}

  /** Copies the fixture corpus into {@code dir/corpus} and indexes it into {@code dir/index}. */
  public static Path build(Path dir) {
    try {
      Path corpus = Files.createDirectories(dir.resolve("corpus"));
      Path fixtures = Path.of(TestIndex.class.getResource("/news").toURI());
      try (var files = Files.list(fixtures)) {
        for (Path f : files.toList()) {
          Files.copy(f, corpus.resolve(f.getFileName()));
        }
      }
      Path index = dir.resolve("index");
      reindex(corpus, index);
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void reindex(Path corpus, Path index) throws IOException {
    new Indexer(new CorpusFiles(List.of(), List.of()), 1, null).run(corpus, index, false);
  }
}
