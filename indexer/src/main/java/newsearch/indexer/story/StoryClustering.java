package newsearch.indexer.story;

import java.io.IOException;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
 * of a reindex: articles that share a candidate key (looked up in the index's key terms) and whose
 * signatures say one holds much of the other (versions) are joined, the closest pairs first, unless
 * the join would put two clearly unrelated articles in one group; the story id of a connected group
 * is its smallest article id. The signatures are read a batch of linked candidates at a time
 * ({@link #BATCH}). Articles whose story changed get a doc-values update, so added, changed and
 * removed articles (which may split a story) leave every story id correct without re-analyzing any
 * text.
 */
public final class StoryClustering {

  /**
   * The estimated share of the shorter body's 3-shingles found in the longer from which two bodies
   * are one story. Outlets' versions of one wire text keep 0.4 or more even when they cut a third,
   * add paragraphs of their own, reword most sentences and respell names; two outlets' own articles
   * on one event (same names, same day) stay under 0.26, and the judged real pairs of different
   * texts under 0.31.
   */
  static final double SAME_CONTAINMENT = 0.35;

  /** Within one outlet: the share of the shorter body in the longer, or the Jaccard similarity. */
  static final double SAME_OUTLET_CONTAINMENT = 0.85;

  static final double SAME_OUTLET_JACCARD = 0.6;

  /**
   * And at least this many shingles (estimated) in common: a few shared sentences of a short
   * templated text are a formula, not a copy.
   */
  static final double MIN_SHARED = 30;

  /**
   * Two groups are not joined when any article of one shares less than this with one of the other:
   * a version that added another outlet's paragraphs links both texts, but they stay two stories.
   */
  static final double UNRELATED = 0.25;

  /**
   * How many articles of each group that check compares at most, so a join costs a bounded time.
   */
  static final int CHECKED_MEMBERS = 64;

  /** A bucket up to this size gives all its pairs; a larger one, one pair a member (a star). */
  static final int MAX_BUCKET = 10;

  /**
   * Larger buckets hold a formula shared by many pages (a newsletter footer), not one story. Below
   * it, the copies of a widely syndicated wire story are compared each with the bucket's first
   * article: k - 1 pairs instead of k(k - 1) / 2.
   */
  static final int MAX_STAR_BUCKET = 5_000;

  /**
   * The most articles one story holds. Pairs join closest first, and a join that would take a story
   * past this is refused: a chain of templated articles stops growing at the cap with its closest
   * versions, and the articles it would have taken keep the stories they have.
   */
  static final int MAX_STORY = 1_000;

  /** What a pass found and changed. */
  public record Result(int candidatePairs, int duplicatePairs, int stories, int updated) {}

  private StoryClustering() {}

  /**
   * How many candidate articles' signatures the pass holds at once. The candidates fall into
   * connected groups (articles linked by shared keys), and a story never crosses one, so the groups
   * are taken a batch at a time: the pass holds this many signatures, not one for every article.
   */
  static final int BATCH = 50_000;

  /** Recomputes every story id and updates those that changed, through {@code writer}. */
  public static Result update(IndexWriter writer) throws IOException {
    return update(writer, BATCH);
  }

  /** As {@link #update(IndexWriter)}, holding about {@code batch} signatures at once. */
  static Result update(IndexWriter writer, int batch) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      long[] pairs = candidatePairs(reader);
      int maxDoc = reader.maxDoc();
      var linked = new UnionFind(maxDoc);
      for (long pair : pairs) {
        linked.union((int) (pair >>> 32), (int) pair);
      }
      int[] batchOf = batches(linked, maxDoc, batch);
      int batches = maxDoc == 0 ? 0 : Arrays.stream(batchOf).max().orElse(-1) + 1;
      var groups = new UnionFind(maxDoc);
      int duplicates = 0;
      for (int k = 0; k < batches; k++) {
        long[] mine = pairsOf(pairs, linked, batchOf, k);
        Candidate[] signatures = signatures(reader, mine);
        for (long pair : strongestFirst(mine, signatures)) {
          int a = (int) (pair >>> 32);
          int b = (int) pair;
          if (!groups.related(a, b, signatures) || groups.joinedSize(a, b) > MAX_STORY) {
            continue;
          }
          groups.union(a, b);
          duplicates++;
        }
      }
      int updated = updateStories(reader, groups, writer);
      return new Result(pairs.length, duplicates, groups.multiMemberGroups(), updated);
    }
  }

  /**
   * The batch of each linked group, by its root (-1 for a lone article): groups in doc id order of
   * their roots, a batch closed before it would hold more than {@code size} articles.
   */
  private static int[] batches(UnionFind linked, int maxDoc, int size) {
    int[] batchOf = new int[maxDoc];
    Arrays.fill(batchOf, -1);
    int batch = 0;
    int filled = 0;
    for (int d = 0; d < maxDoc; d++) {
      int root = linked.find(d);
      if (root == d && linked.size(d) > 1) {
        if (filled > 0 && filled + linked.size(d) > size) {
          batch++;
          filled = 0;
        }
        batchOf[d] = batch;
        filled += linked.size(d);
      }
    }
    return batchOf;
  }

  /** The pairs whose articles are in {@code batch}. */
  private static long[] pairsOf(long[] pairs, UnionFind linked, int[] batchOf, int batch) {
    int n = 0;
    for (long pair : pairs) {
      n += batchOf[linked.find((int) pair)] == batch ? 1 : 0;
    }
    long[] mine = new long[n];
    int i = 0;
    for (long pair : pairs) {
      if (batchOf[linked.find((int) pair)] == batch) {
        mine[i++] = pair;
      }
    }
    return mine;
  }

  /** An article the story pass compares: its signature and a hash of its outlet (0: unknown). */
  private record Candidate(MinHash signature, int outlet) {

    boolean same(Candidate other) {
      return outlet != 0 && outlet == other.outlet
          ? sameOutlet(signature, other.signature)
          : StoryClustering.same(signature, other.signature);
    }
  }

  /**
   * Whether two articles of one outlet are versions of one text: nearly all of it, as a corrected
   * or shortened version is. An outlet's follow-up reuses its own background paragraphs under a new
   * lead, which looks like heavy editing but is a new article; outlets edit each other's copy.
   */
  public static boolean sameOutlet(MinHash a, MinHash b) {
    if (a == null || b == null) {
      return false;
    }
    MinHash.Overlap o = a.overlap(b);
    return o.jaccard() >= SAME_OUTLET_JACCARD || o.containment() >= SAME_OUTLET_CONTAINMENT;
  }

  /** Whether two signatures of different outlets' articles are versions of one text. */
  public static boolean same(MinHash a, MinHash b) {
    if (a == null || b == null) {
      return false;
    }
    MinHash.Overlap o = a.overlap(b);
    return o.containment() >= SAME_CONTAINMENT && o.shared() >= MIN_SHARED;
  }

  /**
   * The candidate pairs that are versions of one text, the closest first: a group forms around its
   * closest versions before a looser link (through added paragraphs) is weighed against it.
   */
  private static long[] strongestFirst(long[] pairs, Candidate[] signatures) {
    // Sort keys: the distances (1 - containment, then 1 - Jaccard, in ten-thousandths) above the
    // pair's index. Jaccard decides between a version's source and a short article whose
    // paragraphs it added, both wholly inside it: the source is most of it.
    long[] keys = new long[pairs.length];
    int n = 0;
    for (int i = 0; i < pairs.length; i++) {
      Candidate a = signatures[(int) (pairs[i] >>> 32)];
      Candidate b = signatures[(int) pairs[i]];
      if (a != null && b != null && a.same(b)) {
        MinHash.Overlap o = a.signature().overlap(b.signature());
        long containment = Math.round((1 - o.containment()) * 10_000);
        long jaccard = Math.round((1 - o.jaccard()) * 10_000);
        keys[n++] = (containment << 14 | jaccard) << 32 | i;
      }
    }
    long[] sorted = Arrays.copyOf(keys, n);
    Arrays.sort(sorted);
    for (int i = 0; i < n; i++) {
      sorted[i] = pairs[(int) sorted[i]];
    }
    return sorted;
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
    int[] bucket = new int[MAX_STAR_BUCKET + 1];
    // Copies of one text share all their bands, so the same bucket comes back once per band: its
    // pairs are taken once, or a story of k copies would add BANDS * k * (k - 1) / 2 of them.
    Set<IntBuffer> seen = new HashSet<>();
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    while (te.next() != null) {
      if (te.docFreq() < 2 || te.docFreq() > MAX_STAR_BUCKET * 2) {
        continue;
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      int size = 0;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) {
          if (size > MAX_STAR_BUCKET) {
            break;
          }
          bucket[size++] = d;
        }
      }
      if (size < 2
          || size > MAX_STAR_BUCKET
          || !seen.add(IntBuffer.wrap(Arrays.copyOf(bucket, size)))) {
        continue;
      }
      // Postings come in doc id order, so every pair has its smaller doc first.
      int firsts = size > MAX_BUCKET ? 1 : size;
      for (int i = 0; i < firsts; i++) {
        for (int j = i + 1; j < size; j++) {
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, n * 2);
          }
          pairs[n++] = (long) bucket[i] << 32 | bucket[j];
        }
      }
    }
    Arrays.sort(pairs, 0, n);
    // Distinct in place: LongStream.distinct() would box every pair into a hash set.
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || pairs[i] != pairs[distinct - 1]) {
        pairs[distinct++] = pairs[i];
      }
    }
    return Arrays.copyOf(pairs, distinct);
  }

  /** The signatures of the documents in {@code pairs} by doc id (else null), read in order. */
  private static Candidate[] signatures(DirectoryReader reader, long[] pairs) throws IOException {
    var wanted = new FixedBitSet(Math.max(1, reader.maxDoc()));
    for (long pair : pairs) {
      wanted.set((int) (pair >>> 32));
      wanted.set((int) pair);
    }
    var out = new Candidate[reader.maxDoc()];
    // Exact copies (syndicated wire text) have one signature: it is held once for all of them.
    var distinct = new HashMap<MinHash, MinHash>();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexSchema.MINHASH);
      SortedSetDocValues sources = leaf.reader().getSortedSetDocValues(IndexSchema.SOURCE);
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
          var signature = MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length);
          int outlet = 0;
          if (sources != null && sources.advanceExact(d - leaf.docBase)) {
            outlet = sources.lookupOrd(sources.nextOrd()).hashCode();
          }
          out[d] = new Candidate(distinct.computeIfAbsent(signature, x -> x), outlet);
        }
      }
    }
    return out;
  }

  /**
   * Updates the story values that differ from the index's, as each is found: every live document is
   * checked, none re-read. Returns how many were updated.
   */
  private static int updateStories(DirectoryReader reader, UnionFind groups, IndexWriter writer)
      throws IOException {
    // The smallest id of each group of two or more; an id is decoded again where it is needed
    // rather than held for every article.
    var smallest = new HashMap<Integer, String>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues idValues = leaf.reader().getSortedSetDocValues(IndexSchema.ID);
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        int root = groups.find(leaf.docBase + d);
        if (groups.size(root) == 1 || !live(live, idValues, d)) {
          continue;
        }
        String id = idValues.lookupOrd(idValues.nextOrd()).utf8ToString();
        smallest.merge(root, id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
    }
    int updated = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues idValues = leaf.reader().getSortedSetDocValues(IndexSchema.ID);
      NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (!live(live, idValues, d)) {
          continue;
        }
        String id = idValues.lookupOrd(idValues.nextOrd()).utf8ToString();
        String rep = smallest.getOrDefault(groups.find(leaf.docBase + d), id);
        long wanted = IndexSchema.storyKey(rep);
        if (story == null || !story.advanceExact(d) || story.longValue() != wanted) {
          // The reader is a point-in-time view: updating through the writer does not move it.
          writer.updateNumericDocValue(IndexSchema.idTerm(id), IndexSchema.STORY, wanted);
          updated++;
        }
      }
    }
    return updated;
  }

  /** Whether doc {@code d} is live with an id, {@code ids} then positioned on it. */
  private static boolean live(Bits live, SortedSetDocValues ids, int d) throws IOException {
    return (live == null || live.get(d)) && ids != null && ids.advanceExact(d);
  }

  /** Disjoint sets over doc ids, with union by size, and each set's members in a ring. */
  private static final class UnionFind {
    private final int[] parent;
    private final int[] size;
    private final int[] next;
    private int multi;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      next = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
        next[i] = i;
      }
    }

    /** Whether no article of a's group is unrelated to one of b's (true when already one). */
    boolean related(int a, int b, Candidate[] signatures) {
      if (find(a) == find(b)) {
        return true;
      }
      int x = a;
      for (int i = 0; i < CHECKED_MEMBERS; i++, x = next[x]) {
        int y = b;
        for (int j = 0; j < CHECKED_MEMBERS; j++, y = next[y]) {
          Candidate cx = signatures[x];
          Candidate cy = signatures[y];
          if (cx != null && cy != null && cx.signature().containment(cy.signature()) < UNRELATED) {
            return false;
          }
          if (next[y] == b) {
            break;
          }
        }
        if (next[x] == a) {
          break;
        }
      }
      return true;
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

    /** The size of the story joining a's and b's would make. */
    int joinedSize(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      return ra == rb ? size[ra] : size[ra] + size[rb];
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
      // Splicing two rings makes one.
      int t = next[ra];
      next[ra] = next[rb];
      next[rb] = t;
    }

    int multiMemberGroups() {
      return multi;
    }
  }
}
