package newsearch.server.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SortOrder;
import newsearch.server.search.batch.BatchCount;
import newsearch.server.search.batch.BatchEntry;
import newsearch.server.search.batch.BatchHit;
import newsearch.server.search.batch.BatchRow;
import newsearch.server.search.lucene.facet.FacetCollector;
import newsearch.server.search.lucene.facet.TopSources;
import newsearch.server.search.lucene.story.Stories;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Counts one batch entry in a single pass over its matches: the best hits, the earliest and the
 * newest, and every match counted by source, month and story.
 */
final class BatchRows {

  private static final Set<String> HIT_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.HEADLINE, IndexSchema.SOURCE, IndexSchema.DATE);

  static final String CUT =
      "This query took too long and was cut short: its counts may be incomplete.";

  private BatchRows() {}

  /**
   * The row of {@code entry}, whose queries with the batch's filters are {@code query}.
   *
   * @param filters the batch's filters, whose sort orders are borrowed for first and latest
   */
  static BatchRow count(
      IndexSearcher searcher,
      Query query,
      BatchEntry entry,
      SearchRequest filters,
      int hits,
      List<String> warnings)
      throws IOException {
    var reader = searcher.getIndexReader();
    Object[] found =
        searcher.search(
            query,
            new MultiCollectorManager(
                new TopScoreDocCollectorManager(hits, null, hits),
                new TopFieldCollectorManager(
                    Matches.sort(filters.withSort(SortOrder.OLDEST), reader).orElseThrow(),
                    1,
                    null,
                    1),
                new TopFieldCollectorManager(
                    Matches.sort(filters.withSort(SortOrder.NEWEST), reader).orElseThrow(),
                    1,
                    null,
                    1),
                FacetCollector.manager(
                    true, true, Optional.of(Stories.of(reader)), Long.MAX_VALUE)));
    StoredFields stored = searcher.storedFields();
    var best = new ArrayList<BatchHit>();
    for (ScoreDoc sd : ((TopDocs) found[0]).scoreDocs) {
      best.add(hit(stored, sd.doc));
    }
    FacetCollector counts = (FacetCollector) found[3];
    var all = new ArrayList<>(warnings);
    boolean cut = searcher.timedOut();
    if (cut) {
      all.add(CUT);
    }
    return new BatchRow(
        entry.query(),
        entry.label(),
        counts.total(),
        counts.stories(),
        TopSources.count(counts).stream()
            .limit(BatchRow.TOP_SOURCES)
            .map(v -> new BatchCount(v.value(), v.count()))
            .toList(),
        months(counts),
        dated(stored, (TopDocs) found[1]),
        dated(stored, (TopDocs) found[2]),
        best,
        all,
        cut);
  }

  /** The one hit of {@code top} when it has a date: undated articles sort last either way. */
  private static BatchHit dated(StoredFields stored, TopDocs top) throws IOException {
    if (top.scoreDocs.length == 0) {
      return null;
    }
    BatchHit hit = hit(stored, top.scoreDocs[0].doc);
    return hit.date() == null ? null : hit;
  }

  private static BatchHit hit(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc, HIT_FIELDS);
    return new BatchHit(
        d.get(IndexSchema.ID),
        d.get(IndexSchema.HEADLINE),
        d.get(IndexSchema.SOURCE),
        d.get(IndexSchema.DATE));
  }

  /** Every month from the first match's to the last's, empty ones too, so rows chart alike. */
  private static List<BatchCount> months(FacetCollector counts) {
    var months = new ArrayList<BatchCount>();
    if (counts.minDay() > counts.maxDay()) {
      return months;
    }
    LocalDate month = LocalDate.ofEpochDay(counts.minDay()).withDayOfMonth(1);
    int day = counts.minDay();
    while (day <= counts.maxDay()) {
      int end = (int) Math.min(counts.maxDay() + 1L, month.plusMonths(1).toEpochDay());
      long n = 0;
      for (; day < end; day++) {
        n += counts.perDay(day);
      }
      months.add(new BatchCount(month.toString().substring(0, 7), n));
      month = month.plusMonths(1);
    }
    return months;
  }
}
