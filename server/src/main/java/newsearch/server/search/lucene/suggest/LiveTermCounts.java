package newsearch.server.search.lucene.suggest;

import java.io.IOException;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The {@link IndexSchema#SUGGEST} terms of a reader, each with the number of live articles that
 * hold it as weight and its kind as payload; terms that only deleted articles hold are left out. A
 * term's document frequency counts deleted articles until their segment merges, so with deletions
 * the postings are walked against the live documents. Terms in fewer than a minimum of articles are
 * left out too.
 */
final class LiveTermCounts implements InputIterator {

  /** The payload of a name; a phrase has {@link #PHRASE}. */
  static final BytesRef NAME = new BytesRef("n");

  static final BytesRef PHRASE = new BytesRef("p");

  /** {@link #minCountFor} goes no higher: terms this frequent are always suggested. */
  private static final int COUNTED_EXACTLY = 1000;

  private static final BytesRef NAME_PREFIX = new BytesRef(IndexSchema.SUGGEST_NAME);
  private static final BytesRef PHRASE_PREFIX = new BytesRef(IndexSchema.SUGGEST_PHRASE);

  private final TermsEnum terms;
  private final Bits liveDocs;
  private final long minCount;
  private final BytesRef key = new BytesRef();
  private PostingsEnum postings;
  private long weight;
  private BytesRef payload;
  private int entries;

  /** The terms of {@code reader} that at least {@code minCount} live articles hold. */
  LiveTermCounts(IndexReader reader, long minCount) throws IOException {
    Terms field = MultiTerms.getTerms(reader, IndexSchema.SUGGEST);
    this.terms = field == null ? TermsEnum.EMPTY : field.iterator();
    this.liveDocs = MultiBits.getLiveDocs(reader);
    this.minCount = minCount;
  }

  /**
   * The smallest minimum count that leaves at most {@code maxEntries} terms of {@code reader}: 1
   * when they all fit, else the rarest are the ones left out.
   */
  static long minCountFor(IndexReader reader, int maxEntries) throws IOException {
    int[] termsOfCount = new int[COUNTED_EXACTLY + 1];
    var all = new LiveTermCounts(reader, 1);
    while (all.next() != null) {
      termsOfCount[(int) Math.min(all.weight(), COUNTED_EXACTLY)]++;
    }
    long kept = all.entries();
    int min = 1;
    while (kept > maxEntries && min < COUNTED_EXACTLY) {
      kept -= termsOfCount[min];
      min++;
    }
    return min;
  }

  @Override
  public BytesRef next() throws IOException {
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      int prefix;
      if (StringHelper.startsWith(term, NAME_PREFIX)) {
        payload = NAME;
        prefix = NAME_PREFIX.length;
      } else if (StringHelper.startsWith(term, PHRASE_PREFIX)) {
        payload = PHRASE;
        prefix = PHRASE_PREFIX.length;
      } else {
        continue;
      }
      weight = liveCount();
      if (weight >= minCount && weight > 0) {
        entries++;
        key.bytes = term.bytes;
        key.offset = term.offset + prefix;
        key.length = term.length - prefix;
        return key;
      }
    }
    return null;
  }

  private long liveCount() throws IOException {
    if (liveDocs == null) {
      return terms.docFreq();
    }
    postings = terms.postings(postings, PostingsEnum.NONE);
    long live = 0;
    for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
      if (liveDocs.get(doc)) {
        live++;
      }
    }
    return live;
  }

  /** How many terms {@link #next} gave so far. */
  int entries() {
    return entries;
  }

  @Override
  public long weight() {
    return weight;
  }

  @Override
  public BytesRef payload() {
    return payload;
  }

  @Override
  public boolean hasPayloads() {
    return true;
  }

  @Override
  public Set<BytesRef> contexts() {
    return null;
  }

  @Override
  public boolean hasContexts() {
    return false;
  }
}
