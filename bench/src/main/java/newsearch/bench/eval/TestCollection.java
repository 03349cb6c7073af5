package newsearch.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A test collection in the shared layout: {@code corpus.jsonl}, {@code queries.tsv} ({@code
 * qid<TAB>text}) and qrels ({@code qid<TAB>docid<TAB>relevance}, relevance above 0 relevant).
 *
 * @param queries query text by id, in file order
 * @param relevant relevant document ids by query id; only judged queries have an entry
 */
public record TestCollection(
    Path corpus, Map<String, String> queries, Map<String, Set<String>> relevant) {

  public static TestCollection read(Path dir, Path qrels) throws IOException {
    var queries = new LinkedHashMap<String, String>();
    for (String line : Files.readAllLines(dir.resolve("queries.tsv"), StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t", 2);
      if (parts.length == 2) {
        queries.put(parts[0].strip(), parts[1].strip());
      }
    }
    var relevant = new LinkedHashMap<String, Set<String>>();
    for (String line : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
      String[] parts = line.strip().split("\\s+", -1);
      if (parts.length >= 3 && Integer.parseInt(parts[parts.length - 1]) > 0) {
        // Both qid<TAB>doc<TAB>rel and the TREC form qid 0 doc rel.
        String doc = parts[parts.length - 2];
        relevant.computeIfAbsent(parts[0], q -> new HashSet<>()).add(doc);
      }
    }
    return new TestCollection(dir.resolve("corpus.jsonl"), queries, relevant);
  }

  /** Whether a query id is odd-numbered (the tuning half) or even (the held-out half). */
  public static boolean isOdd(String qid) {
    return Integer.parseInt(qid.replaceAll("\\D", "")) % 2 == 1;
  }
}
