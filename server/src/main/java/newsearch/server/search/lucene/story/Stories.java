package newsearch.server.search.lucene.story;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Which articles of one index reader are versions of one story (one event as several outlets wrote
 * it up): built once per reader from the story doc values, then shared by every search on it. Only
 * stories of two or more articles are held: an int per document and the members of those stories.
 */
public final class Stories {

  private static final Map<IndexReader.CacheKey, Stories> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final int[] storyOf;
  private final int[][] members;

  private Stories(int[] storyOf, int[][] members) {
    this.storyOf = storyOf;
    this.members = members;
  }

  /** The stories of {@code reader}, built on first use. */
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
    // Primitive sort of the keys to find the shared ones: most articles stand alone, and an index
    // of a million must not box a million Integers on the first search after each refresh.
    long[] sorted = new long[n];
    for (int d = 0, i = 0; d < max; d++) {
      if (has[d]) {
        sorted[i++] = values[d];
      }
    }
    Arrays.sort(sorted);
    var groupOf = new HashMap<Long, Integer>();
    var sizes = new ArrayList<Integer>();
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      if (j - i > 1) {
        groupOf.put(sorted[i], sizes.size());
        sizes.add(j - i);
      }
      i = j;
    }
    int[] storyOf = new int[max];
    Arrays.fill(storyOf, -1);
    int[][] members = new int[sizes.size()][];
    int[] filled = new int[sizes.size()];
    for (int g = 0; g < members.length; g++) {
      members[g] = new int[sizes.get(g)];
    }
    for (int d = 0; d < max && !groupOf.isEmpty(); d++) {
      Integer g = has[d] ? groupOf.get(values[d]) : null;
      if (g != null) {
        storyOf[d] = g;
        members[g][filled[g]++] = d;
      }
    }
    return new Stories(storyOf, members);
  }

  /** A number that two documents share exactly when they are versions of one story. */
  public long key(int doc) {
    return storyOf[doc] >= 0 ? storyOf[doc] : -1L - doc;
  }

  /** The other versions of {@code doc}'s story, in doc id order; empty when it stands alone. */
  public int[] others(int doc) {
    if (storyOf[doc] < 0) {
      return new int[0];
    }
    return Arrays.stream(members[storyOf[doc]]).filter(d -> d != doc).toArray();
  }

  /** All versions, {@code doc} included. */
  public int[] all(int doc) {
    return storyOf[doc] < 0 ? new int[] {doc} : members[storyOf[doc]].clone();
  }

  /** How many stories of two or more articles there are. */
  public int multiArticleStories() {
    return members.length;
  }

  /** Whether the doc belongs to a story of two or more articles. */
  public boolean shared(int doc) {
    return storyOf[doc] >= 0;
  }

  /** The story id of {@code doc}: the smallest article id among its versions. */
  public String storyId(StoredFields stored, int doc) throws IOException {
    String smallest = null;
    for (int d : all(doc)) {
      String id = stored.document(d, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
      if (smallest == null || id.compareTo(smallest) < 0) {
        smallest = id;
      }
    }
    return smallest;
  }

  /**
   * The index of {@code doc}'s story among those of two or more articles; -1 when it stands alone.
   */
  public int story(int doc) {
    return storyOf[doc];
  }
}
