package newsearch.server.search.feed;

import java.time.Instant;
import java.util.List;

/**
 * A matching article as a feed announces it.
 *
 * @param snippet HTML-escaped text of the body whose only markup is {@code <mark>}
 * @param firstSeen when newsearch first saw the article: the feed's order and the entry's update
 * @param matched the labels (or, without one, the queries) of the list entries it matched
 */
public record FeedEntry(
    String id,
    String headline,
    String source,
    String date,
    String url,
    String snippet,
    Instant firstSeen,
    List<String> matched) {

  public FeedEntry {
    matched = List.copyOf(matched);
  }
}
