package newsearch.indexer.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.model.ArticleOverrides;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.CorpusFiles;

/**
 * The optional {@code NAME.meta.json} beside a page ({@code foo.txt} → {@code foo.meta.json}): it
 * overrides any of {@code headline}, {@code date}, {@code source}, {@code url}, {@code authors}.
 */
public final class Sidecar {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BYTES = 64 * 1024;

  private Sidecar() {}

  /** Where the sidecar of a page would be, if it exists. */
  public static Optional<Path> of(CorpusFile page) {
    String name = page.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    for (String candidate :
        List.of(base + CorpusFiles.SIDECAR_SUFFIX, name + CorpusFiles.SIDECAR_SUFFIX)) {
      Path p = page.path().resolveSibling(candidate);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The overrides of a page's sidecar; none when there is no sidecar. A sidecar that is not a JSON
   * object is reported to {@code sink} and ignored: the page is still indexed.
   */
  public static ArticleOverrides read(CorpusFile page, ArticleSink sink) {
    Optional<Path> path = of(page);
    if (path.isEmpty()) {
      return ArticleOverrides.NONE;
    }
    try {
      if (Files.size(path.get()) > MAX_BYTES) {
        sink.skipped(path.get().getFileName().toString(), "sidecar too large, ignored");
        return ArticleOverrides.NONE;
      }
      JsonNode node = JSON.readTree(path.get().toFile());
      if (node == null || !node.isObject()) {
        sink.skipped(path.get().getFileName().toString(), "sidecar is not a JSON object, ignored");
        return ArticleOverrides.NONE;
      }
      return JsonFields.overrides(node);
    } catch (JacksonException e) {
      sink.skipped(
          path.get().getFileName().toString(),
          "bad JSON in sidecar, ignored: " + e.getOriginalMessage());
      return ArticleOverrides.NONE;
    } catch (IOException e) {
      sink.skipped(path.get().getFileName().toString(), "cannot read sidecar: " + e.getMessage());
      return ArticleOverrides.NONE;
    }
  }
}
