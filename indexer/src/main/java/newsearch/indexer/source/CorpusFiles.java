package newsearch.indexer.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Finds the corpus files under a folder (recursively, following links, safe from link loops) or
 * takes a single file, filtered by include and exclude globs; a page's sidecar is part of the page,
 * not a file of its own.
 */
public final class CorpusFiles {

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;

  /**
   * @param includes globs a file's path relative to the corpus must match one of (none: all)
   * @param excludes globs that drop a file, such as {@code **}{@code /README*}
   */
  public CorpusFiles(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(CorpusFiles::glob).toList();
    this.excludes = excludes.stream().map(CorpusFiles::glob).toList();
  }

  private static PathMatcher glob(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }

  /**
   * The files of the corpus in a stable order; {@code unreadable} hears of what could not be listed
   * (a link loop, a folder that vanished).
   *
   * @throws NoSuchFileException when the corpus itself does not exist
   */
  public List<CorpusFile> list(Path corpus, BiConsumer<String, String> unreadable)
      throws IOException {
    if (!Files.exists(corpus)) {
      throw new NoSuchFileException(corpus.toString(), null, "corpus not found");
    }
    if (Files.isRegularFile(corpus)) {
      var attrs = Files.readAttributes(corpus, BasicFileAttributes.class);
      return List.of(toFile(corpus, corpus.getFileName().toString(), attrs));
    }
    var files = new ArrayList<CorpusFile>();
    Files.walkFileTree(
        corpus,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String relative = relativize(corpus, file);
            if (attrs.isRegularFile() && wanted(relative)) {
              files.add(toFile(file, relative, attrs));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why =
                e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot read: " + e;
            unreadable.accept(relativize(corpus, file), why);
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(Comparator.comparing(CorpusFile::relative));
    return withUniqueIds(files);
  }

  /** Page ids are paths without extension; where two files share one, both keep the extension. */
  private static List<CorpusFile> withUniqueIds(List<CorpusFile> files) {
    Map<String, Long> stems =
        files.stream().collect(Collectors.groupingBy(CorpusFile::stem, Collectors.counting()));
    return files.stream()
        .map(
            f ->
                stems.get(f.stem()) > 1
                    ? new CorpusFile(f.path(), f.relative(), f.relative(), f.size(), f.modified())
                    : f)
        .toList();
  }

  private boolean wanted(String relative) {
    if (CorpusFile.isSidecar(relative)) {
      return false;
    }
    Path p = Path.of(relative);
    boolean included = includes.isEmpty() || includes.stream().anyMatch(m -> matches(m, p));
    return included && excludes.stream().noneMatch(m -> matches(m, p));
  }

  private static boolean matches(PathMatcher m, Path relative) {
    // "*.txt" should match at any depth, as users expect from --include '*.txt'.
    return m.matches(relative) || m.matches(relative.getFileName());
  }

  private static String relativize(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static CorpusFile toFile(Path file, String relative, BasicFileAttributes attrs) {
    var draft = new CorpusFile(file, relative, relative, attrs.size(), 0);
    return new CorpusFile(
        file, relative, draft.stem(), attrs.size(), attrs.lastModifiedTime().toMillis());
  }
}
