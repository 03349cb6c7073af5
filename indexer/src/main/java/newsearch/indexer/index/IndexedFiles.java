package newsearch.indexer.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The corpus files an index was built from, read from the index itself (every article carries its
 * file's path and version), so this record can never disagree with the index after a crash.
 */
public final class IndexedFiles {

  /** What the index holds of one file: its version when indexed and how many articles. */
  public record IndexedFile(String version, int articles) {}

  private final Map<String, IndexedFile> byPath;
  private final DirectoryReader reader;

  private IndexedFiles(Map<String, IndexedFile> byPath, DirectoryReader reader) {
    this.byPath = byPath;
    this.reader = reader;
  }

  public static IndexedFiles none() {
    return new IndexedFiles(Map.of(), null);
  }

  /** Reads the last commit of {@code dir}; none when it holds no index yet. */
  public static IndexedFiles read(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return none();
    }
    DirectoryReader reader = DirectoryReader.open(dir);
    var byPath = new HashMap<String, IndexedFile>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues paths = leaf.reader().getSortedDocValues(IndexSchema.PATH);
      SortedDocValues versions = leaf.reader().getSortedDocValues(IndexSchema.FILE_VERSION);
      if (paths == null || versions == null) {
        continue;
      }
      // Counted per ordinal, decoded once per file: a million articles are a million int steps.
      Bits live = leaf.reader().getLiveDocs();
      int[] articles = new int[Math.toIntExact(paths.getValueCount())];
      int[] versionOrd = new int[articles.length];
      for (int doc = paths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = paths.nextDoc()) {
        if ((live != null && !live.get(doc)) || !versions.advanceExact(doc)) {
          continue;
        }
        int path = paths.ordValue();
        articles[path]++;
        versionOrd[path] = versions.ordValue();
      }
      for (int path = 0; path < articles.length; path++) {
        if (articles[path] > 0) {
          byPath.merge(
              paths.lookupOrd(path).utf8ToString(),
              new IndexedFile(versions.lookupOrd(versionOrd[path]).utf8ToString(), articles[path]),
              (a, b) -> new IndexedFile(a.version(), a.articles() + b.articles()));
        }
      }
    }
    return new IndexedFiles(byPath, reader);
  }

  public Optional<IndexedFile> get(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  public Map<String, IndexedFile> all() {
    return byPath;
  }

  /** The file that holds article {@code id} in the index, if any. */
  public Optional<String> pathOf(String id) throws IOException {
    if (reader == null) {
      return Optional.empty();
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      var terms = leaf.reader().terms(IndexSchema.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekExact(new BytesRef(id))) {
        var postings = te.postings(null);
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues paths = leaf.reader().getSortedDocValues(IndexSchema.PATH);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if ((live == null || live.get(doc)) && paths != null && paths.advanceExact(doc)) {
            return Optional.of(paths.lookupOrd(paths.ordValue()).utf8ToString());
          }
        }
      }
    }
    return Optional.empty();
  }

  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
