package newsearch.bench.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The suggest requests a load run replays: the first one to four letters of names and headline
 * phrases the index itself holds, in lower case as a reader types them, each prefix once. Drawn and
 * shuffled with a fixed seed, so every run on one index sends the same sequence.
 */
public final class SuggestMix {

  /** Enough distinct prefixes that a run is not a handful of cached answers. */
  static final int PREFIXES = 2000;

  private SuggestMix() {}

  /** Paths such as {@code /api/suggest?q=zel}; empty when the index has no suggest terms. */
  public static List<String> paths(Path indexDir) throws IOException {
    List<String> texts = texts(indexDir);
    var random = new Random(42);
    Set<String> prefixes = new LinkedHashSet<>();
    for (int tries = 0;
        tries < 20 * PREFIXES && prefixes.size() < PREFIXES && !texts.isEmpty();
        tries++) {
      String text = texts.get(random.nextInt(texts.size()));
      int length = Math.min(text.length(), 1 + random.nextInt(4));
      prefixes.add(text.substring(0, length).toLowerCase(Locale.ROOT));
    }
    var paths = new ArrayList<String>();
    for (String prefix : prefixes) {
      paths.add("/api/suggest?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
    }
    Collections.shuffle(paths, new Random(42));
    return List.copyOf(paths);
  }

  /** The names and phrases of the index, without their kind's prefix. */
  private static List<String> texts(Path indexDir) throws IOException {
    var texts = new ArrayList<String>();
    try (var reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      Terms terms = MultiTerms.getTerms(reader, IndexSchema.SUGGEST);
      if (terms == null) {
        return texts;
      }
      TermsEnum it = terms.iterator();
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        String text = term.utf8ToString();
        int colon = text.indexOf(':');
        if (colon > 0 && colon + 1 < text.length()) {
          texts.add(text.substring(colon + 1));
        }
      }
    }
    return texts;
  }
}
