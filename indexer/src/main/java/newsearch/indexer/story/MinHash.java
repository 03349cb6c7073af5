package newsearch.indexer.story;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * A bottom-k MinHash signature of a body: the {@value #SKETCH} smallest hashes of its word
 * 3-shingles (all of them when it has fewer). The hashes below both signatures' largest are a
 * uniform sample of each body's shingles drawn with one rule, so the share found in both estimates
 * how much of the shorter body the longer holds (containment), which survives cuts and additions
 * where Jaccard similarity does not. The candidate keys are the {@value #BANDS} smallest hashes of
 * its word {@value #KEY_WORDS}-shingles: two versions whose 5-shingles overlap by a share J share
 * one with probability about 1 - (1 - J)^20 (0.96 at J = 0.15, the overlap left after heavy
 * rewording, cuts and additions). Shorter shingles would make better keys for such copies, but
 * three words are often a phrase hundreds of articles share ("the White House"), each such key a
 * bucket of unrelated candidates.
 *
 * @param mins the smallest distinct shingle hashes, ascending
 * @param shingles how many shingles the body has
 * @param keys the candidate keys; not stored, so empty in a signature read back from the index
 */
public record MinHash(int[] mins, int shingles, int[] keys) {

  /** How many of the smallest hashes a signature keeps. */
  public static final int SKETCH = 128;

  /**
   * The commit-data key of the signatures' version, and the version: signatures made by another way
   * of reading words cannot be compared with these, so an index holding them is rebuilt.
   */
  public static final String COMMIT_KEY = "story.signatures";

  public static final String VERSION = "3";

  /** How many candidate keys a signature has at most (fewer when the body has fewer shingles). */
  public static final int BANDS = 20;

  static final int KEY_WORDS = 5;

  /**
   * Three words: a reworded sentence (a word swapped, added or dropped) breaks only the shingles
   * over the change, and spelled-out variants are already folded by {@link StoryWords}.
   */
  static final int SHINGLE_WORDS = 3;

  /** Bodies with fewer shingles are not compared: too short to tell a copy from a formula. */
  static final int MIN_SHINGLES = 20;

  /** The signature of a body; empty when it is too short. */
  public static Optional<MinHash> of(String body) {
    long[] words = StoryWords.hashes(body);
    int shingles = words.length - SHINGLE_WORDS + 1;
    if (shingles < MIN_SHINGLES) {
      return Optional.empty();
    }
    return Optional.of(
        new MinHash(
            smallest(words, SHINGLE_WORDS, SKETCH),
            shingles,
            smallest(StoryWords.hashes(body, false), KEY_WORDS, BANDS)));
  }

  /** The {@code count} smallest distinct hashes of the {@code size}-word shingles, ascending. */
  private static int[] smallest(long[] words, int size, int count) {
    int[] hashes = new int[Math.max(0, words.length - size + 1)];
    for (int i = 0; i < hashes.length; i++) {
      long h = 0;
      for (int j = 0; j < size; j++) {
        h = h * 0x100000001B3L + words[i + j];
      }
      hashes[i] = (int) (mix(h) >>> 33);
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length && distinct < count; i++) {
      if (distinct == 0 || hashes[i] != hashes[distinct - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  /** How many candidate keys the signature has. */
  public int bands() {
    return keys.length;
  }

  /** Candidate key {@code band}: one of the smallest hashes of the body's key shingles. */
  public byte[] bandKey(int band) {
    return ByteBuffer.allocate(4).putInt(keys[band]).array();
  }

  /** What two signatures tell of their bodies' shingle sets. */
  public record Overlap(double containment, double jaccard, double shared) {}

  /** The estimated overlap of the two bodies' shingle sets. */
  public Overlap overlap(MinHash other) {
    // Below the smaller of the two largest kept hashes both signatures hold every hash of their
    // body: there the sample is complete for both.
    int limit = Math.min(ceiling(), other.ceiling());
    int mine = below(limit);
    int theirs = other.below(limit);
    int common = 0;
    for (int i = 0, j = 0; i < mine && j < theirs; ) {
      if (mins[i] == other.mins[j]) {
        common++;
        i++;
        j++;
      } else if (mins[i] < other.mins[j]) {
        i++;
      } else {
        j++;
      }
    }
    int smaller = Math.min(mine, theirs);
    if (smaller == 0) {
      return new Overlap(0, 0, 0);
    }
    double containment = common / (double) smaller;
    double jaccard = common / (double) (mine + theirs - common);
    return new Overlap(containment, jaccard, containment * Math.min(shingles, other.shingles));
  }

  /** The estimated Jaccard similarity of the two shingle sets. */
  public double jaccard(MinHash other) {
    return overlap(other).jaccard();
  }

  /** The estimated share of the smaller set that the larger holds. */
  public double containment(MinHash other) {
    return overlap(other).containment();
  }

  /** The largest hash below which this signature holds all: every hash when it kept them all. */
  private int ceiling() {
    return mins.length < SKETCH ? Integer.MAX_VALUE : mins[mins.length - 1];
  }

  private int below(int limit) {
    int n = 0;
    while (n < mins.length && mins[n] <= limit) {
      n++;
    }
    return n;
  }

  public byte[] toBytes() {
    var buffer = ByteBuffer.allocate(4 * (mins.length + 1)).putInt(shingles);
    for (int m : mins) {
      buffer.putInt(m);
    }
    return buffer.array();
  }

  public static MinHash fromBytes(byte[] bytes, int offset, int length) {
    var buffer = ByteBuffer.wrap(bytes, offset, length);
    int shingles = buffer.getInt();
    int[] mins = new int[length / 4 - 1];
    for (int k = 0; k < mins.length; k++) {
      mins[k] = buffer.getInt();
    }
    return new MinHash(mins, shingles, new int[0]);
  }

  /** The finalizer of SplitMix64: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHash m && shingles == m.shingles && Arrays.equals(mins, m.mins);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mins) + shingles;
  }

  @Override
  public String toString() {
    return "MinHash[" + shingles + " shingles]";
  }
}
