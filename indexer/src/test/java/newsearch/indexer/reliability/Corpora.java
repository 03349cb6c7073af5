package newsearch.indexer.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Synthetic JSON-lines corpora (seeded, fixed vocabulary) and what an index holds of them. */
public final class Corpora {

  public static final List<String> WORDS =
      List.of(
          "election",
          "market",
          "storm",
          "minister",
          "court",
          "energy",
          "school",
          "bridge",
          "harvest",
          "vaccine",
          "river",
          "strike",
          "budget",
          "summit",
          "rocket",
          "museum",
          "festival",
          "border",
          "tariff",
          "climate",
          "village",
          "harbour",
          "treaty",
          "council");

  private Corpora() {}

  /**
   * Writes {@code files} JSON-lines files of {@code perFile} articles each, every one carrying the
   * word {@code marker}; returns the ids written.
   */
  public static Set<String> write(
      Path dir, String prefix, int files, int perFile, String marker, long seed)
      throws IOException {
    Files.createDirectories(dir);
    var random = new Random(seed);
    var ids = new HashSet<String>();
    for (int f = 0; f < files; f++) {
      Path file = dir.resolve(String.format("%s-%03d.jsonl", prefix, f));
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int a = 0; a < perFile; a++) {
          String id = prefix + "-" + f + "-" + a;
          ids.add(id);
          w.write(line(id, marker, random));
          w.write('\n');
        }
      }
    }
    return ids;
  }

  /** The ids a JSON-lines corpus folder holds, read back from its files. */
  public static Set<String> idsIn(Path corpus) throws IOException {
    var ids = new HashSet<String>();
    var pattern = Pattern.compile("\"id\":\"([^\"]+)\"");
    try (var files = Files.list(corpus)) {
      for (Path file : files.toList()) {
        for (String line : Files.readAllLines(file)) {
          var m = pattern.matcher(line);
          if (m.find()) {
            ids.add(m.group(1));
          }
        }
      }
    }
    return ids;
  }

  public static String line(String id, String marker, Random random) {
    return String.format(
        "{\"id\":\"%s\",\"headline\":\"%s %s\",\"date\":\"2024-%02d-%02d\",\"source\":\"Source"
            + " %d\",\"body\":\"%s %s.\"}",
        id,
        words(random, 5),
        marker,
        1 + random.nextInt(12),
        1 + random.nextInt(28),
        random.nextInt(5),
        words(random, 40),
        marker);
  }

  public static String words(Random random, int n) {
    var sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return sb.toString();
  }

  public static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

  /** Articles with script in every field; ids xss-1, xss-2 and an id with a NUL. */
  public static void writeHostile(Path dir) throws IOException {
    Files.createDirectories(dir);
    String js = "\"" + XSS.replace("\"", "\\\"") + "\"";
    Files.writeString(
        dir.resolve("hostile.jsonl"),
        "{\"id\":\"xss-1\",\"headline\":"
            + js
            + ",\"source\":"
            + js
            + ",\"date\":\"2024-05-05\",\"body\":\"Breaking: "
            + XSS.replace("\"", "\\\"")
            + " alert in the body, then storm market words.\",\"url\":\"javascript:alert(1)\","
            + "\"authors\":["
            + js
            + "]}\n"
            + "{\"id\":\"xss-2\",\"headline\":\"</mark><mark onmouseover=alert(2)>storm\","
            + "\"body\":\"\\\"><iframe src=javascript:alert(3)></iframe> &amp; &lt;b&gt; storm\"}\n"
            + "{\"id\":\"nul\\u0000id\",\"headline\":\"nul id\",\"body\":\"control \\u0007"
            + " \\u001b[31m storm\"}\n",
        StandardCharsets.UTF_8);
  }

  public static Set<String> ids(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      return ids(dir);
    }
  }

  /** The ids of the live documents of the last commit; fails on a duplicate. */
  public static Set<String> ids(Directory dir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      var ids = new HashSet<String>();
      for (var leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            String id = stored.document(doc).get(IndexSchema.ID);
            if (!ids.add(id)) {
              throw new AssertionError("duplicate id in the index: " + id);
            }
          }
        }
      }
      return ids;
    }
  }

  public static long generation(Directory dir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getGeneration();
    }
  }
}
