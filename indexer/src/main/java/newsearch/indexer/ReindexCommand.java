package newsearch.indexer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsearch.indexer.index.ReindexReport;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsearch reindex}: brings an index up to date with a corpus and prints a report. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Index the articles of a corpus folder (or one file): .txt scraped pages, .html pages,"
          + " .jsonl/.ndjson (optionally .gz) JSON lines.",
      "Incremental by default: unchanged files are skipped, changed files updated, files gone"
          + " from the corpus removed. Searchers see the new index only when the run completes."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the index is up to date (skipped files are listed in the report)",
      "1:nothing could be done (corpus missing, index not writable or in use)",
      "2:bad arguments"
    })
public final class ReindexCommand implements Callable<Integer> {

  @Mixin CorpusAndIndexOptions paths;

  @Option(names = "--full", description = "Rebuild the whole index instead of updating it.")
  boolean full;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      split = ",",
      description = "Index only files matching these globs, e.g. '*.txt' or 'news/**'.")
  List<String> includes = List.of();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      split = ",",
      description = "Leave out files matching these globs, e.g. 'README*,*.tsv'.")
  List<String> excludes = List.of();

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "${env:NEWSEARCH_THREADS:-0}",
      description = "Worker threads for parsing and analysis (0: one per core).")
  int threads;

  @Option(
      names = "--no-stories",
      description =
          "Do not group copies of one story from several outlets (faster indexing; every article"
              + " stands alone). Meant with --full: articles indexed before keep their story.")
  boolean noStories;

  @Option(
      names = "--keep-bodies",
      description =
          "Index JSON-lines bodies exactly as given. By default a run from nothing (--full, or an"
              + " empty index) learns what the scraper left in them (lines that recur across an"
              + " outlet's articles: 'Advertisement', newsletter blurbs, copyright lines) and"
              + " every run takes it out.")
  boolean keepBodies;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    Path corpus = paths.corpus();
    Path index = paths.index();
    int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    var terminal = quiet || System.console() == null ? null : System.err;
    var indexer =
        new Indexer(new CorpusFiles(includes, excludes), workers, terminal, !noStories)
            .setHooks(RunHooks.fromSystemProperties())
            .setKeepBodies(keepBodies);
    try {
      ReindexReport report = indexer.run(corpus, index, full);
      System.out.print(report.summary());
      return 0;
    } catch (NoSuchFileException e) {
      System.err.println("error: corpus not found: " + corpus);
      return 1;
    } catch (LockObtainFailedException e) {
      System.err.println("error: another reindex is writing " + index + " right now");
      return 1;
    } catch (IOException | RuntimeException e) {
      System.err.println("error: cannot write the index at " + index + ": " + oneLine(e, index));
      return 1;
    }
  }

  private static String oneLine(Exception e, Path index) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof FileSystemException fs) {
      // Its message is the path, and a reason only sometimes: say what is wrong with which file.
      String problem = fs.getReason() != null ? fs.getReason() : fileProblem(fs);
      message = index.toString().equals(fs.getFile()) ? problem : fs.getFile() + ": " + problem;
    }
    return message.lines().findFirst().orElse(message);
  }

  private static String fileProblem(FileSystemException e) {
    return switch (e) {
      case FileAlreadyExistsException x -> "exists and is not a folder";
      case NotDirectoryException x -> "not a folder";
      case AccessDeniedException x -> "permission denied";
      case NoSuchFileException x -> "no such file or folder";
      default -> e.getClass().getSimpleName();
    };
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ReindexCommand()).execute(args));
  }
}
