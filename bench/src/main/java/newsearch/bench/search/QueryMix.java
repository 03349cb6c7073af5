package newsearch.bench.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The requests a load run replays: every query of the file as typed, again with a source filter,
 * and again with a one-year date range; the empty query in the same three forms. Shuffled with a
 * fixed seed, so every run sends the same sequence.
 */
public final class QueryMix {

  /** Large outlets of the AllSides corpus, taken in turn for the source filter. */
  static final List<String> SOURCES =
      List.of(
          "CNN (Web News)",
          "Washington Times",
          "Politico",
          "Fox Online News",
          "NPR Online News",
          "New York Times - News");

  private QueryMix() {}

  /** Paths with query strings (no host), e.g. {@code /api/search?q=brexit&source=Politico}. */
  public static List<String> paths(Path queryFile) throws IOException {
    var queries = new ArrayList<String>();
    for (String line : Files.readAllLines(queryFile, StandardCharsets.UTF_8)) {
      String q = line.strip();
      if (!q.isEmpty() && !q.startsWith("#")) {
        queries.add(q);
      }
    }
    queries.add("");
    var paths = new ArrayList<String>();
    for (int i = 0; i < queries.size(); i++) {
      String base = "/api/search?q=" + encode(queries.get(i));
      int year = 2012 + i % 9;
      paths.add(base);
      paths.add(base + "&source=" + encode(SOURCES.get(i % SOURCES.size())));
      paths.add(base + "&from=" + year + "-01-01&to=" + year + "-12-31");
    }
    Collections.shuffle(paths, new Random(42));
    return List.copyOf(paths);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
