package newsearch.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * When newsearch first saw each article: read from the index as it was before this run, so that an
 * article read again (a changed file, a {@code --full} rebuild) keeps its time and a feed never
 * announces it twice. Thread-safe: every lookup takes iterators of its own.
 */
public final class FirstSeen implements Closeable {

  private final DirectoryReader before;
  private final long now;
  private final long unrecorded;

  private FirstSeen(DirectoryReader before, long now, long unrecorded) {
    this.before = before;
    this.now = now;
    this.unrecorded = unrecorded;
  }

  /**
   * The first-seen times of the index in {@code dir}, opened before a writer changes it; an article
   * not in it is seen {@code now}.
   */
  public static FirstSeen of(Directory dir, Instant now) throws IOException {
    long millis = now.toEpochMilli();
    if (!DirectoryReader.indexExists(dir)) {
      return new FirstSeen(null, millis, millis);
    }
    DirectoryReader reader = DirectoryReader.open(dir);
    // An index built before first-seen times were kept: its articles were seen at the latest when
    // it was built, which is better than announcing them all again now.
    String builtAt = reader.getIndexCommit().getUserData().get(IndexSchema.BUILT_AT);
    return new FirstSeen(reader, millis, builtAt == null ? millis : parse(builtAt, millis));
  }

  private static long parse(String instant, long fallback) {
    try {
      return Instant.parse(instant).toEpochMilli();
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }

  /** The time in epoch milliseconds when the article with {@code id} was first seen. */
  public long of(String id) throws IOException {
    if (before == null) {
      return now;
    }
    var term = new BytesRef(id);
    for (LeafReaderContext leaf : before.leaves()) {
      var terms = leaf.reader().terms(IndexSchema.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues seen = leaf.reader().getNumericDocValues(IndexSchema.FIRST_SEEN);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          return seen != null && seen.advanceExact(doc) ? seen.longValue() : unrecorded;
        }
      }
    }
    return now;
  }

  @Override
  public void close() throws IOException {
    if (before != null) {
      before.close();
    }
  }
}
