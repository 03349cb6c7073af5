package newsearch.indexer.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import newsearch.indexer.model.Extraction;
import org.junit.jupiter.api.Test;

class ExtractionCountsTest {

  @Test
  void theReportCountsDatesByOriginUndatedArticlesByReasonAndAuthorsByOrigin() {
    var counts = new ExtractionCounts();
    counts.add(Extraction.body("dom-score", 0.9).withDate("jsonld").withAuthors("meta"));
    counts.add(Extraction.body("dom-score", 0.9).withUndated("no date signal"));
    counts.add(Extraction.body("text-lines", 0.8).withUndated("no date signal"));
    counts.add(
        Extraction.body("text-lines", 0.8)
            .withUndated("only a copyright, footer or comment date")
            .withAuthors("byline"));
    String summary = counts.summary();
    assertTrue(summary.contains("Dates by origin: 1 jsonld, 3 none."), summary);
    assertTrue(
        summary.contains(
            "Undated, why: 2 no date signal, 1 only a copyright, footer or comment date."),
        summary);
    assertTrue(summary.contains("Authors by origin: 1 byline, 1 meta, 2 none."), summary);
  }
}
