package newsearch.indexer.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import newsearch.indexer.model.ArticleOverrides;
import newsearch.indexer.source.CorpusFile;

/**
 * What the optional {@code NAME.meta.json} beside a page says ({@link CorpusFile#sidecar()} finds
 * it): it overrides any of {@code headline}, {@code date}, {@code source}, {@code url}, {@code
 * authors}. {@link PageArticle} applies it to the article a page reader found.
 */
final class Sidecar {

  /** The provenance of a field the sidecar gives. */
  static final String ORIGIN = "sidecar";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BYTES = 64 * 1024;

  private Sidecar() {}

  /**
   * The overrides of a page's sidecar; none when there is no sidecar. A sidecar that is not a JSON
   * object is reported to {@code sink} and ignored: the page is still indexed.
   */
  static ArticleOverrides read(CorpusFile page, ArticleSink sink) {
    Optional<Path> path = page.sidecar();
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
