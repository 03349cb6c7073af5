package newsearch.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsearch.indexer.extract.text.ExtractedPage;
import newsearch.indexer.extract.text.TextPageExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headline and outlet accuracy of the text extractor on the labelled dev pages' text dumps, when
 * the shared data is there (it is kept outside the project). The floors are the figures reached,
 * read without the furniture a reindex learns from each corpus (eval-extraction gives those).
 */
class HeadlineLabelsTest {

  private static final Path PAGES = Path.of("../../shared/data/extraction/article-bodies");
  private static final Path LABELS =
      Path.of("src/main/resources/newsearch/bench/headline-labels.tsv");

  @ParameterizedTest
  @CsvSource({"text-lynx, 0.70, 0.30", "text-w3m, 0.66, 0.30", "text-tags-stripped, 0.70, 0.50"})
  void textDumpsReachTheirFloors(String dump, double headlineFloor, double sourceFloor)
      throws IOException {
    Path dir = PAGES.resolve(dump);
    assumeTrue(Files.isDirectory(dir), "no shared data at " + dir.toAbsolutePath());
    var extractor = new TextPageExtractor();
    int pages = 0;
    int headlines = 0;
    int named = 0;
    int sources = 0;
    for (Labels.Label label : Labels.read(LABELS).labels().values()) {
      Path file = dir.resolve(label.id() + ".txt");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      ExtractedPage page =
          extractor.extract(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      pages++;
      headlines += Labels.sameHeadline(label.headline(), page.headline()) ? 1 : 0;
      if (label.source().isPresent()) {
        named++;
        sources += Labels.sameSource(label.source().get(), page.source()) ? 1 : 0;
      }
    }
    double headline = (double) headlines / Math.max(1, pages);
    double source = (double) sources / Math.max(1, named);
    String figures = dump + ": headline " + headline + ", source " + source;
    System.out.println(figures);
    assertTrue(pages > 0 && headline >= headlineFloor && source >= sourceFloor, figures);
  }
}
