package newsearch.server.search.lucene.story;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.story.StoryArticle;
import newsearch.server.search.story.StoryView;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** The story view of an article id: every version of its story read from the index. */
public final class StoryLookup {

  private static final Set<String> FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.SOURCE,
          IndexSchema.DATE,
          IndexSchema.URL,
          IndexSchema.HEADLINE,
          IndexSchema.BODY);

  private StoryLookup() {}

  /**
   * The story of article {@code id} (the story id is one: the smallest of its articles' ids); empty
   * when no article has this id. An article alone is a story of one version.
   */
  public static Optional<StoryView> of(IndexSearcher searcher, String id) throws IOException {
    TopDocs found = searcher.search(new TermQuery(IndexSchema.idTerm(id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = found.scoreDocs[0].doc;
    Stories stories = Stories.of(searcher.getIndexReader());
    StoredFields stored = searcher.storedFields();
    var articles = new ArrayList<StoryArticle>();
    for (int d : stories.all(doc)) {
      Document a = stored.document(d, FIELDS);
      articles.add(
          new StoryArticle(
              a.get(IndexSchema.ID),
              a.get(IndexSchema.SOURCE),
              a.get(IndexSchema.DATE),
              a.get(IndexSchema.URL),
              a.get(IndexSchema.HEADLINE),
              a.get(IndexSchema.BODY)));
    }
    String story = articles.stream().map(StoryArticle::id).min(String::compareTo).orElseThrow();
    return Optional.of(StoryView.of(story, articles));
  }
}
