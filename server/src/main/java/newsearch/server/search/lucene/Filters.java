package newsearch.server.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.lucene.story.Outlets;
import newsearch.server.search.lucene.story.Stories;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The non-scoring part of a search: sources, dates, the extraction's confidence and the outlets of
 * the story.
 */
final class Filters {

  private Filters() {}

  /** The filter of a request on {@code reader}; empty when it has none. */
  static Optional<Query> of(SearchRequest request, IndexReader reader) throws IOException {
    var filter = new BooleanQuery.Builder();
    boolean any = false;
    if (!request.sources().isEmpty()) {
      filter.add(sources(request.sources()), Occur.FILTER);
      any = true;
    }
    if (request.undated()) {
      filter.add(new MatchAllDocsQuery(), Occur.FILTER);
      filter.add(new FieldExistsQuery(IndexSchema.DAY), Occur.MUST_NOT);
      any = true;
    } else if (request.from().isPresent() || request.to().isPresent()) {
      int from = request.from().map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
      int to =
          request.to().map(LocalDate::toEpochDay).map(Math::toIntExact).orElse(Integer.MAX_VALUE);
      filter.add(IntField.newRangeQuery(IndexSchema.DAY, from, to), Occur.FILTER);
      any = true;
    }
    if (request.minConfidence() > 0) {
      // Articles of an index built before extraction kept a confidence have none: they fail it.
      filter.add(
          FloatPoint.newRangeQuery(
              IndexSchema.CONFIDENCE, (float) request.minConfidence(), Float.POSITIVE_INFINITY),
          Occur.FILTER);
      any = true;
    }
    if (request.minOutlets() > 1) {
      filter.add(new Outlets(Stories.of(reader)).atLeast(request.minOutlets()), Occur.FILTER);
      any = true;
    }
    return any ? Optional.of(filter.build()) : Optional.empty();
  }

  /** The query restricted by the filter; the filter does not change scores. */
  static Query apply(Query query, Optional<Query> filter) {
    if (filter.isEmpty()) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(filter.get(), Occur.FILTER)
        .build();
  }

  private static Query sources(List<String> sources) {
    var any = new BooleanQuery.Builder();
    List<String> named =
        sources.stream().filter(s -> !s.equals(SearchRequest.UNKNOWN_SOURCE)).toList();
    if (!named.isEmpty()) {
      any.add(
          KeywordField.newSetQuery(IndexSchema.SOURCE, named.stream().map(BytesRef::new).toList()),
          Occur.SHOULD);
    }
    if (sources.contains(SearchRequest.UNKNOWN_SOURCE)) {
      any.add(
          new BooleanQuery.Builder()
              .add(new MatchAllDocsQuery(), Occur.FILTER)
              .add(new FieldExistsQuery(IndexSchema.SOURCE), Occur.MUST_NOT)
              .build(),
          Occur.SHOULD);
    }
    return any.build();
  }
}
