package newsearch.indexer.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spellings of one name that no rule of {@link NameKey} folds ({@code Kyiv | Kiev}), from lines of
 * {@code |}-separated words: the bundled {@code variants.txt}, then the file named by the
 * environment variable {@code NEWSEARCH_VARIANTS}. Read by the server at start; a change needs no
 * reindex, only a restart.
 */
public final class VariantsFile {

  /** Environment variable naming a user variants file, read after the bundled one. */
  public static final String ENV = "NEWSEARCH_VARIANTS";

  private static final Logger LOG = LoggerFactory.getLogger(VariantsFile.class);
  private static final String RESOURCE = "/newsearch/indexer/variants.txt";

  private final Map<String, Set<String>> others;

  private VariantsFile(Map<String, Set<String>> others) {
    this.others = Map.copyOf(others);
  }

  /** The bundled groups plus the user's file, if {@value #ENV} names one. */
  public static VariantsFile load(Analyzer analyzer, String field) {
    return load(analyzer, field, System.getenv(ENV));
  }

  static VariantsFile load(Analyzer analyzer, String field, String userFile) {
    var lines = new ArrayList<String>();
    try (InputStream in = VariantsFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (userFile != null && !userFile.isBlank()) {
      try {
        lines.addAll(Files.readAllLines(Path.of(userFile), StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        // A broken user file must not stop the server: the bundled groups still apply.
        LOG.warn("Cannot read name variants from {} ({}): {}", ENV, userFile, e.toString());
      }
    }
    return parse(lines, analyzer, field);
  }

  /** Groups from lines in the format above, each word analyzed like {@code field}. */
  public static VariantsFile parse(List<String> lines, Analyzer analyzer, String field) {
    var others = new HashMap<String, Set<String>>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      var group = new LinkedHashSet<String>();
      for (String word : line.split("\\|")) {
        String term = analyze(analyzer, field, word.strip());
        if (!term.isEmpty()) {
          group.add(term);
        }
      }
      for (String term : group) {
        Set<String> set = others.computeIfAbsent(term, t -> new LinkedHashSet<>());
        group.stream().filter(t -> !t.equals(term)).forEach(set::add);
      }
    }
    return new VariantsFile(others);
  }

  /** The other spellings listed with an analyzed term; empty when it is in no group. */
  public Set<String> others(String term) {
    return others.getOrDefault(term, Set.of());
  }

  /** A one-word entry as the field's analyzer leaves it; empty for a stop word or several words. */
  private static String analyze(Analyzer analyzer, String field, String word) {
    var terms = new ArrayList<String>();
    try (TokenStream stream = analyzer.tokenStream(field, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms.size() == 1 ? terms.get(0) : "";
  }
}
