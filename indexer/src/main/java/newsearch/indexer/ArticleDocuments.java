package newsearch.indexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.NamesAndStory;
import newsearch.indexer.model.Article;
import newsearch.indexer.names.NameTerms;
import newsearch.indexer.story.MinHash;
import newsearch.indexer.suggest.SuggestTerms;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;

/**
 * Turns an article into its Lucene document: works out the names of its body, its suggestions and,
 * when stories are on, its MinHash signature and band keys, and hands them to the schema with the
 * article. Thread-safe: the workers of a run share one.
 */
final class ArticleDocuments {

  private final IndexSchema schema;
  private final NameTerms names;
  private final boolean stories;

  /**
   * @param stories whether documents carry the MinHash fields that story clustering needs; without
   *     them each article stays its own story and indexing is cheaper
   */
  ArticleDocuments(IndexSchema schema, boolean stories) {
    this.schema = schema;
    this.names = new NameTerms(schema.analyzer(), IndexSchema.BODY);
    this.stories = stories;
  }

  /** Whether documents carry what story clustering needs. */
  boolean stories() {
    return stories;
  }

  /**
   * The document of {@code article}, read from a file whose version is {@code fileVersion}, first
   * seen at {@code firstSeen} (epoch milliseconds).
   */
  Document of(Article article, String fileVersion, long firstSeen) {
    return schema.toDocument(article, fileVersion, namesAndStory(article), firstSeen);
  }

  private NamesAndStory namesAndStory(Article article) {
    String body = article.body();
    String nameTerms = names.of(body);
    List<String> suggestTerms = SuggestTerms.of(article.headline(), body);
    Optional<MinHash> signature = stories ? MinHash.of(body) : Optional.empty();
    if (signature.isEmpty()) {
      return new NamesAndStory(nameTerms, Optional.empty(), List.of(), suggestTerms);
    }
    var bandKeys = new ArrayList<BytesRef>(MinHash.BANDS);
    for (int band = 0; band < signature.get().bands(); band++) {
      bandKeys.add(new BytesRef(signature.get().bandKey(band)));
    }
    return new NamesAndStory(
        nameTerms, Optional.of(new BytesRef(signature.get().toBytes())), bandKeys, suggestTerms);
  }
}
