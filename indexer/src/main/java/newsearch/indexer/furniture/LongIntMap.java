package newsearch.indexer.furniture;

/**
 * A map from 64-bit hashes to non-negative ints, open addressing: about 12 bytes an entry instead
 * of some 60 for a {@code HashMap<Long, Integer>}, since a corpus has millions of distinct lines.
 */
final class LongIntMap {

  private static final long EMPTY = 0;
  private long[] keys = new long[1 << 10];
  private int[] values = new int[1 << 10];
  private int size;

  /** The value of {@code key}, or -1. */
  int get(long key) {
    long k = key == EMPTY ? 1 : key;
    int mask = keys.length - 1;
    for (int i = slot(k, mask); ; i = (i + 1) & mask) {
      if (keys[i] == EMPTY) {
        return -1;
      }
      if (keys[i] == k) {
        return values[i];
      }
    }
  }

  void put(long key, int value) {
    if (size * 2 >= keys.length) {
      grow();
    }
    long k = key == EMPTY ? 1 : key;
    int mask = keys.length - 1;
    for (int i = slot(k, mask); ; i = (i + 1) & mask) {
      if (keys[i] == EMPTY) {
        keys[i] = k;
        values[i] = value;
        size++;
        return;
      }
      if (keys[i] == k) {
        values[i] = value;
        return;
      }
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
