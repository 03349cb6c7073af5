package newsearch.indexer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.StringHelper;

/**
 * The article ids one reindex run has taken so far, each with its file, so that a second article
 * with an id already taken is refused. Each id is kept as a 64-bit hash in an open-addressing
 * table: about 24 bytes an article where a map of id strings took about 100, so a run over millions
 * of articles does not grow the heap by hundreds of MB. Two ids with one hash (odds about 1 in 30
 * million for a million ids) would count as one. The hash is this table's own, not the index's
 * story key: each can change without the other.
 */
final class SeenIds {

  private long[] keys = new long[1 << 16];
  private int[] files = new int[keys.length];
  private int size;
  private final List<String> paths = new ArrayList<>();
  private final Map<String, Integer> fileNumbers = new HashMap<>();

  /** Takes {@code id} for {@code path}; returns the file that took it first, or null. */
  synchronized String putIfAbsent(String id, String path) {
    long key = hash(id);
    key = key == 0 ? 1 : key; // 0 marks a free slot
    int slot = find(key);
    if (keys[slot] == key) {
      return paths.get(files[slot]);
    }
    keys[slot] = key;
    files[slot] =
        fileNumbers.computeIfAbsent(
            path,
            p -> {
              paths.add(p);
              return paths.size() - 1;
            });
    if (++size * 2 > keys.length) {
      grow();
    }
    return null;
  }

  /** A 64-bit hash of an id: the first half of its 128-bit MurmurHash3. */
  private static long hash(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    return StringHelper.murmurhash3_x64_128(bytes, 0, bytes.length, 0)[0];
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldFiles = files;
    keys = new long[oldKeys.length * 2];
    files = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        files[slot] = oldFiles[i];
      }
    }
  }
}
