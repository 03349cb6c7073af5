package newsearch.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.indexer.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps spellings of one outlet to one name ("Fox Online News" → "Fox News"), from lines {@code
 * Canonical Name = alias | alias}: the bundled {@code source-aliases.txt}, then the file named by
 * the environment variable {@code NEWSEARCH_SOURCE_ALIASES}, whose lines win.
 */
public final class SourceAliases {

  /** Environment variable naming a user aliases file, read after the bundled one. */
  public static final String ENV = "NEWSEARCH_SOURCE_ALIASES";

  private static final Logger LOG = LoggerFactory.getLogger(SourceAliases.class);
  private static final String RESOURCE = "/newsearch/indexer/source-aliases.txt";
  private static final SourceAliases DEFAULTS = load(System.getenv(ENV));

  private final Map<String, String> canonical;

  private SourceAliases(Map<String, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  /** The bundled aliases plus the user's file, if {@value #ENV} names one; loaded once. */
  public static SourceAliases defaults() {
    return DEFAULTS;
  }

  /** Aliases from the lines of a file in the format above; later lines win. */
  public static SourceAliases parse(List<String> lines) {
    var map = new HashMap<String, String>();
    add(lines, map);
    return new SourceAliases(map);
  }

  /** The one name of {@code source}; unknown names are returned as they are. */
  public String canonical(String source) {
    if (source == null || source.isBlank()) {
      return "";
    }
    return canonical.getOrDefault(key(source), source.strip());
  }

  /** The article with its source's one name. */
  public Article apply(Article a) {
    String source = canonical(a.source());
    return source.equals(a.source())
        ? a
        : new Article(
            a.id(),
            a.headline(),
            a.date(),
            source,
            a.body(),
            a.url(),
            a.authors(),
            a.path(),
            a.extraction());
  }

  static SourceAliases load(String userFile) {
    var map = new HashMap<String, String>();
    try (InputStream in = SourceAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      add(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (userFile != null && !userFile.isBlank()) {
      try {
        add(Files.readAllLines(Path.of(userFile), StandardCharsets.UTF_8), map);
      } catch (IOException | RuntimeException e) {
        // A broken user file must not stop indexing: the bundled aliases still apply.
        LOG.warn("Cannot read source aliases from {} ({}): {}", ENV, userFile, e.toString());
      }
    }
    return new SourceAliases(map);
  }

  private static void add(List<String> lines, Map<String, String> map) {
    for (String raw : lines) {
      String line = raw.strip();
      int eq = line.indexOf('=');
      if (line.isEmpty() || line.startsWith("#") || eq <= 0) {
        continue;
      }
      String name = line.substring(0, eq).strip();
      map.put(key(name), name);
      for (String alias : line.substring(eq + 1).split("\\|")) {
        if (!alias.isBlank()) {
          map.put(key(alias), name);
        }
      }
    }
  }

  // Case, punctuation and a leading "the" do not make another outlet.
  private static String key(String name) {
    return TextNorm.fold(name).replaceFirst("^the ", "");
  }
}
