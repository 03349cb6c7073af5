package newsearch.bench.stories;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The real article pairs judged by reading (bench resource {@code duplicate-pairs.tsv}). */
record JudgedPairs(String a, String b, boolean same) {

  static final String RESOURCE = "/newsearch/bench/duplicate-pairs.tsv";

  static List<JudgedPairs> read() throws IOException {
    var out = new ArrayList<JudgedPairs>();
    try (InputStream in = JudgedPairs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length >= 4) {
          out.add(new JudgedPairs(f[0], f[1], f[3].equals("1")));
        }
      }
    }
    return out;
  }
}
