package newsearch.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.Hit;
import newsearch.server.search.StoryVersion;
import newsearch.server.search.lucene.highlight.Highlights;
import newsearch.server.search.lucene.story.Stories;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** The hits of a page as the contract shows them: their stored fields, versions and marks. */
final class Hits {

  /** What a hit shows: not the body, whose decoding was the top cost of a hits-only answer. */
  private static final Set<String> HIT_FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.HEADLINE,
          IndexSchema.DATE,
          IndexSchema.SOURCE,
          IndexSchema.URL);

  private static final Set<String> VERSION_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.SOURCE, IndexSchema.DATE);

  private Hits() {}

  /**
   * The hits of {@code page}, unmarked, each with its story's first other versions by date when
   * collapsed.
   */
  static List<Hit> read(StoredFields stored, ScoreDoc[] page, Optional<Stories> stories)
      throws IOException {
    var hits = new ArrayList<Hit>(page.length);
    for (ScoreDoc hit : page) {
      var doc = stored.document(hit.doc, HIT_FIELDS);
      int[] others = stories.isPresent() ? stories.get().others(hit.doc) : new int[0];
      List<StoryVersion> alsoIn =
          versions(stored, Arrays.copyOf(others, Math.min(others.length, Hit.MAX_ALSO_IN)));
      hits.add(
          new Hit(
              doc.get(IndexSchema.ID),
              doc.get(IndexSchema.HEADLINE),
              null,
              doc.get(IndexSchema.DATE),
              doc.get(IndexSchema.SOURCE),
              doc.get(IndexSchema.URL),
              null,
              Float.isNaN(hit.score) ? 0 : hit.score,
              alsoIn,
              others.length));
    }
    return hits;
  }

  /** The hits with their headline and snippet marked where {@code query} matches. */
  static List<Hit> marked(Highlights highlights, Query query, ScoreDoc[] page, List<Hit> hits)
      throws IOException {
    if (hits.isEmpty()) {
      return hits;
    }
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    List<Highlights.Marked> marked = highlights.forHits(query, docIds);
    var out = new ArrayList<Hit>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      out.add(hits.get(i).marked(marked.get(i).headline(), marked.get(i).snippet()));
    }
    return out;
  }

  /** The id, source and date of each doc: the other versions of a story. */
  static List<StoryVersion> versions(StoredFields stored, int[] docs) throws IOException {
    var out = new ArrayList<StoryVersion>(docs.length);
    for (int d : docs) {
      var doc = stored.document(d, VERSION_FIELDS);
      out.add(
          new StoryVersion(
              doc.get(IndexSchema.ID), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.DATE)));
    }
    return out;
  }
}
