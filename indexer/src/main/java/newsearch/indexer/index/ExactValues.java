package newsearch.indexer.index;

import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.model.Article;

/**
 * The longest value an exact field (source, author) keeps. Lucene refuses a term or a doc value
 * over 32,766 bytes and with it the whole document; no outlet or author name is near this long, so
 * a longer value is scraped junk, cut rather than costing the article. An id cannot be cut (two
 * articles would share it): an article with a longer one is skipped.
 */
public final class ExactValues {

  /** Characters; at four bytes a character in UTF-8, still far below Lucene's limit. */
  public static final int MAX_CHARS = 1_000;

  /**
   * An article whose exact values fit, and what was cut to make them.
   *
   * @param cut one line a value cut, e.g. "source cut to 1,000 characters (was 40,000)"
   */
  public record Fitted(Article article, List<String> cut) {}

  private ExactValues() {}

  /** Whether the id fits the index as it is. */
  public static boolean idFits(String id) {
    return id.length() <= MAX_CHARS;
  }

  /** {@code article} with its source and authors cut to {@link #MAX_CHARS}. */
  public static Fitted fit(Article article) {
    var cut = new ArrayList<String>();
    String source = cut(article.source(), "source", cut);
    var authors = new ArrayList<String>(article.authors().size());
    for (String author : article.authors()) {
      authors.add(cut(author, "author", cut));
    }
    if (cut.isEmpty()) {
      return new Fitted(article, List.of());
    }
    return new Fitted(
        new Article(
            article.id(),
            article.headline(),
            article.date(),
            source,
            article.body(),
            article.url(),
            authors,
            article.path(),
            article.extraction()),
        List.copyOf(cut));
  }

  private static String cut(String value, String field, List<String> cut) {
    if (value.length() <= MAX_CHARS) {
      return value;
    }
    // Not inside a surrogate pair: half a character is not valid text.
    int end = Character.isLowSurrogate(value.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
    cut.add(String.format("%s cut to %,d characters (was %,d)", field, end, value.length()));
    return value.substring(0, end).strip();
  }
}
