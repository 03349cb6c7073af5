package newsearch.indexer.read;

import newsearch.indexer.model.Article;

/** Where a reader sends what it finds in a file: articles, and the parts it had to skip. */
public interface ArticleSink {

  void accept(Article article);

  /**
   * A part of the file that held no usable article.
   *
   * @param where the part, such as {@code line 17}
   * @param reason why, such as {@code bad JSON: Unexpected character}
   */
  void skipped(String where, String reason);
}
