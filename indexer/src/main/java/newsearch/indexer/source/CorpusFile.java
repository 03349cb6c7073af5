package newsearch.indexer.source;

import java.nio.file.Path;

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

  /** The file name's extension in lower case, with {@code .jsonl.gz} counted as one. */
  public String extension() {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
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
