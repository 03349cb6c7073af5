package newsearch.server.search.lucene.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The ranking of a question (a query of many plain words): the question itself, required, so that
 * it alone decides what matches (totals, facets and filters are the user's), plus optional clauses
 * that only reorder its matches: neighbouring words found together ({@link ProximityBoost}), and
 * the terms of a relevance model of its top hits (RM3: {@link RelevanceModel}), interpolated with
 * the question's own words.
 */
public final class LongQueryRanking {

  private final Analyzer analyzer;
  private final RankingSettings settings;
  private final QuestionFrames frames;

  public LongQueryRanking(Analyzer analyzer, RankingSettings settings) {
    this.analyzer = analyzer;
    this.settings = settings;
    this.frames = QuestionFrames.load(analyzer);
  }

  /**
   * The query that ranks {@code question}'s matches.
   *
   * @param typed the question as the user typed it, where its framing words are found
   * @param filtered the request's filters applied to a query: the feedback articles are among those
   *     the user can see
   */
  public Query rank(
      IndexSearcher searcher, Query question, String typed, UnaryOperator<Query> filtered)
      throws IOException {
    List<QueryWords.Word> words = QueryWords.of(question);
    var framing =
        settings.frames() ? new ArrayList<>(frames.terms(typed)) : new ArrayList<String>();
    var places = new ArrayList<Optional<Term>>();
    var topic = new ArrayList<Query>();
    for (QueryWords.Word word : words) {
      if (word.term().isPresent() && framing.remove(word.term().get().text())) {
        places.add(Optional.empty());
      } else {
        places.add(word.term());
        topic.add(word.query());
      }
    }
    var ranking = new BooleanQuery.Builder();
    boolean changed = !topic.isEmpty() && topic.size() < words.size();
    if (changed) {
      // The framing words still match (the totals stay the question's) but score nothing.
      ranking.add(question, Occur.FILTER);
      topic.forEach(q -> ranking.add(q, Occur.SHOULD));
    } else {
      ranking.add(question, Occur.MUST);
      places.clear();
      words.forEach(w -> places.add(w.term()));
    }
    if (settings.proximity()) {
      for (Query pair : ProximityBoost.pairs(places, settings)) {
        ranking.add(pair, Occur.SHOULD);
        changed = true;
      }
    }
    Query firstPass = changed ? ranking.build() : question;
    if (settings.feedback()) {
      int topicWords = topic.isEmpty() ? words.size() : topic.size();
      for (Query term : expansion(searcher, filtered.apply(firstPass), topicWords)) {
        ranking.add(term, Occur.SHOULD);
        changed = true;
      }
    }
    return changed ? ranking.build() : question;
  }

  /**
   * The relevance model's terms, each weighted so that the sum of the question's clauses (weight
   * one each) and the model's terms is RM3's interpolation: {@code originalWeight} of the
   * question's word distribution, the rest the model's.
   */
  private List<Query> expansion(IndexSearcher searcher, Query firstPass, int questionWords)
      throws IOException {
    int n = settings.feedbackDocs();
    ScoreDoc[] top = searcher.search(firstPass, new TopScoreDocCollectorManager(n, n)).scoreDocs;
    if (top.length == 0 || questionWords == 0) {
      return List.of();
    }
    double lambda = settings.originalWeight();
    double scale = (1 - lambda) / lambda * questionWords;
    return RelevanceModel.estimate(searcher, analyzer, top, settings).stream()
        .map(
            t ->
                (Query)
                    new BoostQuery(
                        new TermQuery(new Term(IndexSchema.BODY, t.term())),
                        (float) (t.weight() * scale)))
        .toList();
  }
}
