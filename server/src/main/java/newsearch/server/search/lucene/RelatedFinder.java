package newsearch.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.RelatedArticle;
import newsearch.server.search.lucene.story.Collapse;
import newsearch.server.search.lucene.story.Stories;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the articles like a given one: Lucene's {@link MoreLikeThis} query of the article's most
 * telling words (headline and body, weighted by tf-idf), without the article's own story, and each
 * other story once.
 */
final class RelatedFinder {

  private static final Set<String> FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.HEADLINE, IndexSchema.SOURCE, IndexSchema.DATE);

  /** An article scoring under this share of the best one is left out. */
  static final float MIN_SHARE_OF_BEST = 0.25f;

  private RelatedFinder() {}

  static Optional<List<RelatedArticle>> find(
      IndexSearcher searcher, Analyzer analyzer, String id, int count) throws IOException {
    TopDocs found = searcher.search(new TermQuery(IndexSchema.idTerm(id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = found.scoreDocs[0].doc;
    var mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {IndexSchema.HEADLINE, IndexSchema.BODY});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(30);
    mlt.setBoost(true);
    Query like = mlt.like(doc);
    Query query =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.SHOULD)
            .add(new TermQuery(IndexSchema.idTerm(id)), BooleanClause.Occur.MUST_NOT)
            .build();
    Stories stories = Stories.of(searcher.getIndexReader());
    long ownStory = stories.key(doc);
    var ranked = new ArrayList<ScoreDoc>();
    for (ScoreDoc hit : searcher.search(query, count * 4 + 20).scoreDocs) {
      if (stories.key(hit.doc) != ownStory) {
        ranked.add(hit);
      }
    }
    var out = new ArrayList<RelatedArticle>();
    var stored = searcher.storedFields();
    for (ScoreDoc hit : Collapse.firstPerStory(ranked.toArray(new ScoreDoc[0]), stories, count)) {
      if (hit.score < MIN_SHARE_OF_BEST * ranked.get(0).score) {
        break; // sharing a common word or two is not being related
      }
      var d = stored.document(hit.doc, FIELDS);
      out.add(
          new RelatedArticle(
              d.get(IndexSchema.ID),
              d.get(IndexSchema.HEADLINE),
              d.get(IndexSchema.SOURCE),
              d.get(IndexSchema.DATE),
              hit.score));
    }
    return Optional.of(out);
  }
}
