package newsearch.server.search.lucene.story;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Which articles of one index reader are versions of one story (one event as several outlets wrote
 * it up): built once per reader from the story doc values, when its searcher opens, then shared by
 * every search on it. Only stories of two or more articles are held: an int per document, the
 * members of those stories in date order and their number of outlets; all primitive arrays.
 */
public final class Stories {

  private static final Map<IndexReader.CacheKey, Stories> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static final int UNDATED = Integer.MAX_VALUE;

  private final int[] storyOf;
  private final int[][] members;
  private final int[] outlets;
  private final int[] smallestIdDoc;

  private Stories(int[] storyOf, int[][] members, int[] outlets, int[] smallestIdDoc) {
    this.storyOf = storyOf;
    this.members = members;
    this.outlets = outlets;
    this.smallestIdDoc = smallestIdDoc;
  }

  /** The stories of {@code reader}, built on first use (the searcher factory's, at open). */
  public static Stories of(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build(reader);
    }
    Stories cached = CACHE.get(helper.getKey());
    if (cached == null) {
      cached = build(reader);
      CACHE.put(helper.getKey(), cached);
    }
    return cached;
  }

  private static Stories build(IndexReader reader) throws IOException {
    int max = reader.maxDoc();
    long[] values = new long[max];
    boolean[] has = new boolean[max];
    int n = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
      Bits live = leaf.reader().getLiveDocs();
      if (story == null) {
        continue;
      }
      for (int d = story.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = story.nextDoc()) {
        if (live == null || live.get(d)) {
          values[leaf.docBase + d] = story.longValue();
          has[leaf.docBase + d] = true;
          n++;
        }
      }
    }
    long[] shared = sharedKeys(values, has, n);
    int[] storyOf = new int[max];
    Arrays.fill(storyOf, -1);
    int[] sizes = new int[shared.length];
    for (int d = 0; d < max && shared.length > 0; d++) {
      int g = has[d] ? Arrays.binarySearch(shared, values[d]) : -1;
      if (g >= 0) {
        storyOf[d] = g;
        sizes[g]++;
      }
    }
    int[][] members = new int[shared.length][];
    for (int g = 0; g < members.length; g++) {
      members[g] = new int[sizes[g]];
      sizes[g] = 0;
    }
    for (int d = 0; d < max; d++) {
      if (storyOf[d] >= 0) {
        members[storyOf[d]][sizes[storyOf[d]]++] = d;
      }
    }
    int[] outlets = new int[members.length];
    int[] smallestIdDoc = new int[members.length];
    if (members.length > 0) {
      int[] day = days(reader);
      int[] idOrd = ordinals(reader, IndexSchema.ID);
      int[] sourceOrd = ordinals(reader, IndexSchema.SOURCE);
      for (int g = 0; g < members.length; g++) {
        members[g] = inDateOrder(members[g], day, idOrd);
        outlets[g] = distinct(members[g], sourceOrd);
        int smallest = members[g][0];
        for (int d : members[g]) {
          smallest = idOrd[d] < idOrd[smallest] ? d : smallest;
        }
        smallestIdDoc[g] = smallest;
      }
    }
    return new Stories(storyOf, members, outlets, smallestIdDoc);
  }

  /**
   * The keys two or more live documents share, sorted: a primitive sort, as an index of a million
   * must not box a million keys when each searcher opens.
   */
  private static long[] sharedKeys(long[] values, boolean[] has, int n) {
    long[] sorted = new long[n];
    for (int d = 0, i = 0; d < values.length; d++) {
      if (has[d]) {
        sorted[i++] = values[d];
      }
    }
    Arrays.sort(sorted);
    int shared = 0;
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      if (j - i > 1) {
        sorted[shared++] = sorted[i];
      }
      i = j;
    }
    return Arrays.copyOf(sorted, shared);
  }

  /** Each document's day, {@link #UNDATED} when it has none, so undated versions sort last. */
  private static int[] days(IndexReader reader) throws IOException {
    int[] day = new int[reader.maxDoc()];
    Arrays.fill(day, UNDATED);
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedNumericDocValues values = leaf.reader().getSortedNumericDocValues(IndexSchema.DAY);
      if (values == null) {
        continue;
      }
      for (int d = values.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
        day[leaf.docBase + d] = (int) values.nextValue();
      }
    }
    return day;
  }

  /**
   * Each document's ordinal of {@code field} across the whole reader, in the order of the values
   * (so comparing ordinals compares the strings); -1 when it has none.
   */
  private static int[] ordinals(IndexReader reader, String field) throws IOException {
    int[] ord = new int[reader.maxDoc()];
    Arrays.fill(ord, -1);
    SortedSetDocValues values = MultiDocValues.getSortedSetValues(reader, field);
    if (values == null) {
      return ord;
    }
    for (int d = values.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
      ord[d] = (int) values.nextOrd();
    }
    return ord;
  }

  /** The docs by day, undated last, ties by article id. */
  private static int[] inDateOrder(int[] docs, int[] day, int[] idOrd) {
    // Day and id ordinal packed in one long: a primitive sort, no comparator over boxed ints.
    long[] keyed = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      keyed[i] = (long) day[docs[i]] << 32 | (idOrd[docs[i]] & 0xffffffffL);
    }
    int[] order = new int[docs.length];
    Arrays.fill(order, -1);
    long[] sorted = keyed.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < docs.length; i++) {
      // Ids are unique among live documents; should two keys still be equal, the next slot.
      int slot = Arrays.binarySearch(sorted, keyed[i]);
      while (slot > 0 && sorted[slot - 1] == keyed[i]) {
        slot--;
      }
      while (order[slot] >= 0) {
        slot++;
      }
      order[slot] = docs[i];
    }
    return order;
  }

  /** Distinct outlets among {@code docs}: articles without a source count as one unknown outlet. */
  private static int distinct(int[] docs, int[] sourceOrd) {
    int[] ords = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ords[i] = sourceOrd[docs[i]];
    }
    Arrays.sort(ords);
    int count = 0;
    for (int i = 0; i < ords.length; i++) {
      if (i == 0 || ords[i] != ords[i - 1]) {
        count++;
      }
    }
    return count;
  }

  /** A number that two documents share exactly when they are versions of one story. */
  public long key(int doc) {
    return storyOf[doc] >= 0 ? storyOf[doc] : -1L - doc;
  }

  /**
   * The other versions of {@code doc}'s story by date (undated last, ties by id); empty when it
   * stands alone.
   */
  public int[] others(int doc) {
    if (storyOf[doc] < 0) {
      return new int[0];
    }
    return Arrays.stream(members[storyOf[doc]]).filter(d -> d != doc).toArray();
  }

  /** All versions, {@code doc} included, by date (undated last, ties by id). */
  public int[] all(int doc) {
    return storyOf[doc] < 0 ? new int[] {doc} : members[storyOf[doc]].clone();
  }

  /** The documents of the reader, deleted ones included: the most a search can collect. */
  int maxDoc() {
    return storyOf.length;
  }

  /** How many stories of two or more articles there are. */
  public int multiArticleStories() {
    return members.length;
  }

  /** Whether the doc belongs to a story of two or more articles. */
  public boolean shared(int doc) {
    return storyOf[doc] >= 0;
  }

  /** The distinct outlets (sources) of {@code doc}'s story: 1 for an article alone. */
  public int outlets(int doc) {
    return storyOf[doc] < 0 ? 1 : outlets[storyOf[doc]];
  }

  /** The story id of {@code doc}: the smallest article id among its versions. */
  public String storyId(StoredFields stored, int doc) throws IOException {
    int smallest = storyOf[doc] < 0 ? doc : smallestIdDoc[storyOf[doc]];
    return stored.document(smallest, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
  }

  /**
   * The index of {@code doc}'s story among those of two or more articles; -1 when it stands alone.
   */
  public int story(int doc) {
    return storyOf[doc];
  }
}
