package newsearch.indexer.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import newsearch.indexer.furniture.BodyFurniture;
import newsearch.indexer.furniture.BodyFurnitureLearner;
import newsearch.indexer.model.Article;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;

/**
 * The pre-pass of a run that builds an index from nothing: reads the bodies of the corpus's JSON
 * lines, as the run will read them, and learns what the scraper left in them.
 */
public final class BodyFurniturePass {

  private BodyFurniturePass() {}

  /** The furniture of the JSON-lines bodies among {@code files} (in the corpus's order). */
  public static BodyFurniture learn(List<CorpusFile> files) {
    List<CorpusFile> json =
        files.stream().filter(f -> JsonLinesReader.EXTENSIONS.contains(f.extension())).toList();
    if (json.isEmpty()) {
      return BodyFurniture.none();
    }
    var learner = new BodyFurnitureLearner();
    readAll(json, a -> learner.add(a.source(), a.body()));
    return learner.freeze();
  }

  private static void readAll(List<CorpusFile> files, Consumer<Article> articles) {
    var reader = new JsonLinesReader();
    var sink =
        new ArticleSink() {
          @Override
          public void accept(Article article) {
            articles.accept(article);
          }

          @Override
          public void skipped(String where, String reason) {
            // The run reports it when it reads the file; here it just has nothing to teach.
          }
        };
    for (CorpusFile file : files) {
      try {
        reader.read(file, sink);
      } catch (FileSkipped | IOException | UncheckedIOException e) {
        // As above: the run reads the file again and says what is wrong with it.
      }
    }
  }
}
