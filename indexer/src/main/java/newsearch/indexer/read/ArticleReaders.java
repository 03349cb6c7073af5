package newsearch.indexer.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import newsearch.indexer.extract.text.TextPageExtractor;
import newsearch.indexer.furniture.BodyFurniture;
import newsearch.indexer.furniture.BodyFurnitureCounts;
import newsearch.indexer.source.CorpusFile;

/** Chooses the reader for a file by its extension. */
public final class ArticleReaders {

  private final Map<String, ArticleReader> byExtension;

  /** Readers that give JSON bodies as the corpus has them. */
  public ArticleReaders(TextPageExtractor extractor) {
    this(extractor, BodyFurniture.none(), new BodyFurnitureCounts());
  }

  /**
   * @param bodies what to take out of JSON bodies
   * @param counts where to count what was taken out
   */
  public ArticleReaders(
      TextPageExtractor extractor, BodyFurniture bodies, BodyFurnitureCounts counts) {
    var text = new TextPageReader(extractor);
    var html = new HtmlPageReader();
    var json = new JsonLinesReader(bodies, counts);
    var readers =
        new HashMap<String, ArticleReader>(Map.of("txt", text, "html", html, "htm", html));
    JsonLinesReader.EXTENSIONS.forEach(e -> readers.put(e, json));
    this.byExtension = Map.copyOf(readers);
  }

  /** The reader for this file, or empty when newsearch does not read its format. */
  public Optional<ArticleReader> forFile(CorpusFile file) {
    return Optional.ofNullable(byExtension.get(file.extension()));
  }
}
