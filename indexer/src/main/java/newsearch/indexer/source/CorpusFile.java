package newsearch.indexer.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One file of the corpus.
 *
 * @param path where it is on disk
 * @param relative its path below the corpus root, with {@code /} separators: the file's key
 * @param id the article id for a page: {@link #stem()}, or {@code relative} where stems clash
 * @param size bytes on disk when the corpus was listed
 * @param modified last-modified time in milliseconds when the corpus was listed
 */
public record CorpusFile(Path path, String relative, String id, long size, long modified) {

  /**
   * How a sidecar's name ends: the metadata file beside a page ({@code foo.txt} → {@code
   * foo.meta.json}), part of that page's version and never an article itself.
   */
  public static final String SIDECAR_SUFFIX = ".meta.json";

  /** Whether a file of the corpus is a sidecar, not a file to read. */
  public static boolean isSidecar(String relative) {
    return relative.endsWith(SIDECAR_SUFFIX);
  }

  /**
   * This file's sidecar, if one is on disk now: {@code foo.meta.json}, else {@code
   * foo.txt.meta.json}, beside {@code foo.txt}.
   */
  public Optional<Path> sidecar() {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    for (String candidate : List.of(base + SIDECAR_SUFFIX, name + SIDECAR_SUFFIX)) {
      Path p = path.resolveSibling(candidate);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The file name's extension in lower case, with {@code .jsonl.gz} counted as one. */
  public String extension() {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
      return name.substring(name.lastIndexOf('.', name.length() - 4) + 1);
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** The relative path without its extension: the default article id of a page. */
  public String stem() {
    String ext = extension();
    return ext.isEmpty() ? relative : relative.substring(0, relative.length() - ext.length() - 1);
  }
}
