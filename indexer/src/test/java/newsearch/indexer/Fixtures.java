package newsearch.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

/** Test helpers: the fixture articles copied to a temp corpus, and what an index holds. */
public final class Fixtures {

  private Fixtures() {}

  /** Copies {@code src/test/resources/articles} into {@code corpus}. */
  public static Path copyArticles(Path corpus) throws IOException {
    try {
      Path source = Path.of(Fixtures.class.getResource("/articles").toURI());
      try (Stream<Path> files = Files.list(source)) {
        for (Path f : files.toList()) {
          Files.copy(f, corpus.resolve(f.getFileName()));
        }
      }
      return corpus;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ids of every live article in the index, sorted. */
  public static List<String> ids(Path index) {
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      var ids = new ArrayList<String>();
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        var live = MultiBits.getLiveDocs(reader);
        if (live == null || live.get(doc)) {
          ids.add(stored.document(doc).get(IndexSchema.ID));
        }
      }
      ids.sort(null);
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
