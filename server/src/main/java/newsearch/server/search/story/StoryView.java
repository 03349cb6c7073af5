package newsearch.server.search.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every version of one story, in time order (undated last, ties by id), each with what it changed
 * against the earliest: the first seen in the archive, which is not always the first published.
 *
 * @param story the story id: the smallest article id among its versions
 * @param outlets how many distinct sources published it (an unknown source counts once)
 */
public record StoryView(String story, FirstSeen firstSeen, int outlets, List<Version> versions) {

  /** The earliest version in the archive. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FirstSeen(String id, String source, String date) {}

  /** Undated versions come last: a date unknown is no claim to have been first. */
  static final Comparator<StoryArticle> TIME_ORDER =
      Comparator.comparing(StoryArticle::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(StoryArticle::id);

  public StoryView {
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("Story '" + story + "' has no version");
    }
  }

  /** The view of a story from its articles (one or more, in any order). */
  public static StoryView of(String story, List<StoryArticle> articles) {
    List<StoryArticle> ordered = articles.stream().sorted(TIME_ORDER).toList();
    if (ordered.isEmpty()) {
      throw new IllegalArgumentException("Story '" + story + "' has no article");
    }
    StoryArticle earliest = ordered.getFirst();
    var versions = new ArrayList<Version>(ordered.size());
    for (StoryArticle a : ordered) {
      List<Change> diff =
          a == earliest ? List.of() : SentenceDiff.between(earliest.body(), a.body());
      versions.add(new Version(a.id(), a.source(), a.date(), a.url(), a.headline(), diff));
    }
    int outlets =
        (int)
            ordered.stream()
                .map(a -> Objects.requireNonNullElse(a.source(), ""))
                .distinct()
                .count();
    return new StoryView(
        story, new FirstSeen(earliest.id(), earliest.source(), earliest.date()), outlets, versions);
  }
}
