package newsearch.server.search.story;

/**
 * One version of a story as the index holds it: what a backend reads for the story view.
 *
 * @param date ISO date ({@code 2025-03-04}), or null when the article is undated
 */
public record StoryArticle(
    String id, String source, String date, String url, String headline, String body) {

  public StoryArticle {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A story article needs an id");
    }
    body = body == null ? "" : body;
  }
}
