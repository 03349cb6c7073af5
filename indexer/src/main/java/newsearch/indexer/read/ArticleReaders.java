package newsearch.indexer.read;

import java.util.Map;
import java.util.Optional;
import newsearch.indexer.extract.text.TextPageExtractor;
import newsearch.indexer.source.CorpusFile;

/** Chooses the reader for a file by its extension. */
public final class ArticleReaders {

  private final Map<String, ArticleReader> byExtension;

  public ArticleReaders(TextPageExtractor extractor) {
    var text = new TextPageReader(extractor);
    var html = new HtmlPageReader();
    var json = new JsonLinesReader();
    this.byExtension =
        Map.of(
            "txt", text,
            "html", html,
            "htm", html,
            "jsonl", json,
            "ndjson", json,
            "jsonl.gz", json,
            "ndjson.gz", json);
  }

  /** The reader for this file, or empty when newsearch does not read its format. */
  public Optional<ArticleReader> forFile(CorpusFile file) {
    return Optional.ofNullable(byExtension.get(file.extension()));
  }
}
