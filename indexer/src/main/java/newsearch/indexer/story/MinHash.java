package newsearch.indexer.story;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * A MinHash signature of a body: {@value #HASHES} minimums over its word 5-shingles, so that the
 * share of equal minimums of two signatures estimates the Jaccard similarity of their shingle sets.
 * Split into {@value #BANDS} bands of {@value #ROWS}, two articles whose Jaccard similarity is 0.5
 * share a band with probability 0.93, at 0.2 with probability 0.15 (locality-sensitive hashing).
 *
 * @param mins the minimum of each hash function
 * @param shingles how many shingles the body has (for the containment of a short version in a long)
 */
public record MinHash(int[] mins, int shingles) {

  public static final int HASHES = 60;

  /**
   * The commit-data key of the signatures' version, and the version: signatures made by another way
   * of reading words cannot be compared with these, so an index holding them is rebuilt.
   */
  public static final String COMMIT_KEY = "story.signatures";

  public static final String VERSION = "2";

  public static final int ROWS = 3;
  public static final int BANDS = HASHES / ROWS;
  static final int SHINGLE_WORDS = 5;

  /** Bodies with fewer shingles are not compared: too short to tell a copy from a formula. */
  static final int MIN_SHINGLES = 20;

  private static final long[] SEEDS = seeds(0x5DEECE66DL);
  private static final long[] MULTIPLIERS = odd(seeds(0x2545F4914F6CDD1DL));

  /** The signature of a body; empty when it is too short. */
  public static Optional<MinHash> of(String body) {
    long[] words = StoryWords.hashes(body);
    int shingles = words.length - SHINGLE_WORDS + 1;
    if (shingles < MIN_SHINGLES) {
      return Optional.empty();
    }
    int[] mins = new int[HASHES];
    Arrays.fill(mins, Integer.MAX_VALUE);
    for (int i = 0; i < shingles; i++) {
      long h = 0;
      for (int j = 0; j < SHINGLE_WORDS; j++) {
        h = h * 0x100000001B3L + words[i + j];
      }
      h = mix(h);
      // One mixed hash per shingle, then a multiply-add per function (a universal family): the
      // high bits of h * a + b are the k-th hash. Three times faster than mixing 60 times.
      for (int k = 0; k < HASHES; k++) {
        int v = (int) ((h * MULTIPLIERS[k] + SEEDS[k]) >>> 33);
        if (v < mins[k]) {
          mins[k] = v;
        }
      }
    }
    return Optional.of(new MinHash(mins, shingles));
  }

  /** The key of band {@code band}: the band's number and a hash of its rows. */
  public byte[] bandKey(int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h * 31 + mins[band * ROWS + r]);
    }
    return ByteBuffer.allocate(9).put((byte) band).putLong(h).array();
  }

  /** The estimated Jaccard similarity of the two shingle sets. */
  public double jaccard(MinHash other) {
    int same = 0;
    for (int k = 0; k < HASHES; k++) {
      if (mins[k] == other.mins[k]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** The estimated share of the smaller set that the larger holds. */
  public double containment(MinHash other) {
    double j = jaccard(other);
    double common = j * (shingles + other.shingles) / (1 + j);
    return Math.min(1, common / Math.min(shingles, other.shingles));
  }

  public byte[] toBytes() {
    var buffer = ByteBuffer.allocate(4 * (HASHES + 1)).putInt(shingles);
    for (int m : mins) {
      buffer.putInt(m);
    }
    return buffer.array();
  }

  public static MinHash fromBytes(byte[] bytes, int offset, int length) {
    var buffer = ByteBuffer.wrap(bytes, offset, length);
    int shingles = buffer.getInt();
    int[] mins = new int[HASHES];
    for (int k = 0; k < HASHES; k++) {
      mins[k] = buffer.getInt();
    }
    return new MinHash(mins, shingles);
  }

  /** The finalizer of SplitMix64: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] odd(long[] values) {
    for (int k = 0; k < values.length; k++) {
      values[k] |= 1;
    }
    return values;
  }

  private static long[] seeds(long start) {
    long[] seeds = new long[HASHES];
    long s = start;
    for (int k = 0; k < HASHES; k++) {
      s += 0x9e3779b97f4a7c15L;
      seeds[k] = mix(s);
    }
    return seeds;
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
