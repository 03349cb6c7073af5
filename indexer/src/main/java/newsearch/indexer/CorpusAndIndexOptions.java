package newsearch.indexer;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --corpus} and {@code --index} options with their defaults, one definition for every
 * command that takes them (a picocli mixin: {@code reindex} and {@code serve}).
 */
public final class CorpusAndIndexOptions {

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      defaultValue = "${env:NEWSEARCH_CORPUS:-${sys:newsearch.home:-.}/index-data/corpus}",
      description = "Corpus folder or file (env NEWSEARCH_CORPUS; default: ${DEFAULT-VALUE}).")
  private Path corpus;

  @Option(
      names = "--index",
      paramLabel = "PATH",
      defaultValue = "${env:NEWSEARCH_INDEX:-${sys:newsearch.home:-.}/index-data/index}",
      description = "Index folder (env NEWSEARCH_INDEX; default: ${DEFAULT-VALUE}).")
  private Path index;

  /** The corpus folder or file. */
  public Path corpus() {
    return corpus;
  }

  /** The index folder. */
  public Path index() {
    return index;
  }
}
