package newsearch.indexer.story;

import java.io.IOException;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Gives near-duplicate articles one story id, over the whole index as it stands before the commit
 * of a reindex: articles that share a MinHash band (candidates, looked up in the index's band
 * terms, so nothing is held per article but the candidates) and whose signatures agree (duplicates)
 * are joined; the story id of a connected group is its smallest article id. Articles whose story
 * changed get a doc-values update, so added, changed and removed articles (which may split a story)
 * leave every story id correct without re-analyzing any text.
 */
public final class StoryClustering {

  /**
   * Estimated Jaccard similarity from which two bodies are one story. At 0.5, long CNN pages that
   * share only an embedded photo gallery were joined (and, through them, chains of unrelated
   * pages): 11 of 25 detected pairs judged on news-allsides were such false matches.
   */
  static final double SAME_JACCARD = 0.6;

  /** Or: the share of the shorter body found in the longer (a cut or extended version). */
  static final double SAME_CONTAINMENT = 0.85;

  /** Larger buckets hold a formula shared by many pages (a newsletter footer), not one story. */
  static final int MAX_BUCKET = 100;

  /** What a pass found and changed. */
  public record Result(int candidatePairs, int duplicatePairs, int stories, int updated) {}

  private StoryClustering() {}

  /** Recomputes every story id and updates those that changed, through {@code writer}. */
  public static Result update(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      long[] pairs = candidatePairs(reader);
      Map<Integer, MinHash> signatures = signatures(reader, pairs);
      var groups = new UnionFind(reader.maxDoc());
      int duplicates = 0;
      for (long pair : pairs) {
        int a = (int) (pair >>> 32);
        int b = (int) pair;
        if (same(signatures.get(a), signatures.get(b))) {
          groups.union(a, b);
          duplicates++;
        }
      }
      var updates = storyUpdates(reader, groups);
      for (var u : updates) {
        writer.updateNumericDocValue(IndexSchema.idTerm(u.id()), IndexSchema.STORY, u.story());
      }
      return new Result(pairs.length, duplicates, groups.multiMemberGroups(), updates.size());
    }
  }

  /** Whether two signatures are versions of one text. */
  public static boolean same(MinHash a, MinHash b) {
    if (a == null || b == null) {
      return false;
    }
    return a.jaccard(b) >= SAME_JACCARD || a.containment(b) >= SAME_CONTAINMENT;
  }

  /** Pairs (a &lt;&lt; 32 | b, a &lt; b) of live documents sharing a band, sorted, distinct. */
  private static long[] candidatePairs(DirectoryReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.STORY_BAND);
    if (terms == null) {
      return new long[0];
    }
    Bits live = MultiBits.getLiveDocs(reader);
    long[] pairs = new long[1024];
    int n = 0;
    int[] bucket = new int[MAX_BUCKET + 1];
    // Copies of one text share all their bands, so the same bucket comes back once per band: its
    // pairs are taken once, or a story of k copies would add BANDS * k * (k - 1) / 2 of them.
    Set<IntBuffer> seen = new HashSet<>();
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    while (te.next() != null) {
      if (te.docFreq() < 2 || te.docFreq() > MAX_BUCKET * 2) {
        continue;
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      int size = 0;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) {
          if (size > MAX_BUCKET) {
            break;
          }
          bucket[size++] = d;
        }
      }
      if (size < 2 || size > MAX_BUCKET || !seen.add(IntBuffer.wrap(Arrays.copyOf(bucket, size)))) {
        continue;
      }
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, n * 2);
          }
          pairs[n++] = (long) bucket[i] << 32 | bucket[j];
        }
      }
    }
    long[] sorted = Arrays.copyOf(pairs, n);
    Arrays.sort(sorted);
    return Arrays.stream(sorted).distinct().toArray();
  }

  /** The signatures of the documents in {@code pairs}, read in doc id order. */
  private static Map<Integer, MinHash> signatures(DirectoryReader reader, long[] pairs)
      throws IOException {
    var wanted = new FixedBitSet(Math.max(1, reader.maxDoc()));
    for (long pair : pairs) {
      wanted.set((int) (pair >>> 32));
      wanted.set((int) pair);
    }
    var out = new HashMap<Integer, MinHash>();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexSchema.MINHASH);
      if (values == null) {
        continue;
      }
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (int d = leaf.docBase; d < end; d++) {
        d = d < wanted.length() ? wanted.nextSetBit(d) : DocIdSetIterator.NO_MORE_DOCS;
        if (d >= end) {
          break;
        }
        if (values.advanceExact(d - leaf.docBase)) {
          var bytes = values.binaryValue();
          out.put(d, MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length));
        }
      }
    }
    return out;
  }

  private record Update(String id, long story) {}

  /** Story values that differ from the index's: every live document is checked, none re-read. */
  private static List<Update> storyUpdates(DirectoryReader reader, UnionFind groups)
      throws IOException {
    // The smallest id of each group of two or more.
    var ids = new String[reader.maxDoc()];
    var smallest = new HashMap<Integer, String>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues idValues = leaf.reader().getSortedSetDocValues(IndexSchema.ID);
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if ((live != null && !live.get(d)) || idValues == null || !idValues.advanceExact(d)) {
          continue;
        }
        String id = idValues.lookupOrd(idValues.nextOrd()).utf8ToString();
        ids[leaf.docBase + d] = id;
        int root = groups.find(leaf.docBase + d);
        if (groups.size(root) > 1) {
          smallest.merge(root, id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
      }
    }
    var updates = new ArrayList<Update>();
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        String id = ids[leaf.docBase + d];
        if (id == null) {
          continue;
        }
        String rep = smallest.getOrDefault(groups.find(leaf.docBase + d), id);
        long wanted = IndexSchema.storyKey(rep);
        if (story == null || !story.advanceExact(d) || story.longValue() != wanted) {
          updates.add(new Update(id, wanted));
        }
      }
    }
    return updates;
  }

  /** Disjoint sets over doc ids, with union by size. */
  private static final class UnionFind {
    private final int[] parent;
    private final int[] size;
    private int multi;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    int size(int root) {
      return size[root];
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] == 1) {
        multi++;
      }
      if (size[rb] > 1) {
        multi--;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }

    int multiMemberGroups() {
      return multi;
    }
  }
}
