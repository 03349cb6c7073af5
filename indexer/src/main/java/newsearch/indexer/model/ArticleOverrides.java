package newsearch.indexer.model;

import java.util.List;
import java.util.Optional;

/** Values that replace what extraction found: from a {@code NAME.meta.json} sidecar. */
public record ArticleOverrides(
    Optional<String> headline,
    Optional<ArticleDate> date,
    Optional<String> source,
    Optional<String> url,
    Optional<List<String>> authors) {

  public static final ArticleOverrides NONE =
      new ArticleOverrides(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
