package newsearch.indexer.extract.text;

import java.util.List;
import java.util.stream.IntStream;
import newsearch.indexer.furniture.Furniture;
import newsearch.indexer.furniture.FurnitureLearner;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;
import newsearch.indexer.source.PageText;

/**
 * The pre-pass of a run that builds an index from nothing: reads the corpus's scraped text pages
 * once, as the extractor will see them, and learns their furniture.
 */
public final class FurniturePass {

  // Pages are read in parallel a batch at a time and learnt in corpus order, so that every full
  // run over the same corpus learns the same model.
  private static final int BATCH = 256;

  private FurniturePass() {}

  /** The furniture of the text pages among {@code files} (in the corpus's order). */
  public static Furniture learn(List<CorpusFile> files) {
    List<CorpusFile> pages = files.stream().filter(f -> f.extension().equals("txt")).toList();
    var learner = new FurnitureLearner();
    var extractor = new TextPageExtractor();
    for (int from = 0; from < pages.size(); from += BATCH) {
      List<CorpusFile> batch = pages.subList(from, Math.min(pages.size(), from + BATCH));
      List<List<String>> read =
          IntStream.range(0, batch.size())
              .parallel()
              .mapToObj(i -> paragraphs(extractor, batch.get(i)))
              .toList();
      read.forEach(learner::add);
    }
    return learner.freeze();
  }

  private static List<String> paragraphs(TextPageExtractor extractor, CorpusFile file) {
    try {
      return extractor.paragraphs(PageText.read(file));
    } catch (FileSkipped e) {
      // The run reports it when it reads the file; here it just has nothing to teach.
      return List.of();
    }
  }
}
