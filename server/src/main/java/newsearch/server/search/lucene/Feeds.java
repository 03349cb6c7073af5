package newsearch.server.search.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.batch.BatchEntry;
import newsearch.server.search.feed.FeedEntry;
import newsearch.server.search.lucene.highlight.Highlights;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.util.BytesRef;

/**
 * The articles newsearch saw last among those matching any of a list's queries: each query's
 * newest, merged, with the entries each article matched.
 */
final class Feeds {

  private static final Set<String> FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.HEADLINE,
          IndexSchema.SOURCE,
          IndexSchema.DATE,
          IndexSchema.URL,
          IndexSchema.FIRST_SEEN);

  // Seen last first; the id breaks ties so that a feed reads the same twice.
  private static final Sort NEWEST_SEEN = newestSeen();

  private Feeds() {}

  private static Sort newestSeen() {
    var seen = new SortField(IndexSchema.FIRST_SEEN, SortField.Type.LONG, true);
    seen.setMissingValue(0L);
    return new Sort(seen, new SortedSetSortField(IndexSchema.ID, false));
  }

  /**
   * @param queries the entries' queries with their filters, in the order of {@code entries}
   */
  static List<FeedEntry> newest(
      IndexSearcher searcher,
      Analyzer analyzer,
      List<BatchEntry> entries,
      List<Query> queries,
      int size)
      throws IOException {
    // doc id → the entries it matched; the sort values come with each hit.
    var matched = new LinkedHashMap<Integer, List<String>>();
    var seen = new LinkedHashMap<Integer, FieldDoc>();
    for (int i = 0; i < queries.size(); i++) {
      BatchEntry entry = entries.get(i);
      String name = entry.label() != null ? entry.label() : entry.query();
      for (ScoreDoc sd : searcher.search(queries.get(i), size, NEWEST_SEEN).scoreDocs) {
        matched.computeIfAbsent(sd.doc, d -> new ArrayList<>()).add(name);
        seen.put(sd.doc, (FieldDoc) sd);
      }
    }
    List<Integer> docs =
        seen.values().stream()
            .sorted(
                Comparator.comparingLong((FieldDoc f) -> (Long) f.fields[0])
                    .reversed()
                    .thenComparing(f -> (BytesRef) f.fields[1]))
            .limit(size)
            .map(f -> f.doc)
            .toList();
    var any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    List<Highlights.Marked> marked =
        new Highlights(searcher, analyzer)
            .forHits(any.build(), docs.stream().mapToInt(Integer::intValue).toArray());
    var out = new ArrayList<FeedEntry>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      Document d = searcher.storedFields().document(docs.get(i), FIELDS);
      out.add(
          new FeedEntry(
              d.get(IndexSchema.ID),
              d.get(IndexSchema.HEADLINE),
              d.get(IndexSchema.SOURCE),
              d.get(IndexSchema.DATE),
              d.get(IndexSchema.URL),
              marked.get(i).snippet(),
              Instant.ofEpochMilli((Long) seen.get(docs.get(i)).fields[0]),
              matched.get(docs.get(i))));
    }
    return out;
  }
}
