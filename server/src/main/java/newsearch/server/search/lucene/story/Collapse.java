package newsearch.server.search.lucene.story;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import newsearch.server.search.SearchRequest;
import org.apache.lucene.search.ScoreDoc;

/**
 * One hit per story: the ranked hits are walked from the top and only the first version of each
 * story is kept, so a page shows stories in the order of their best version. Pages are counted in
 * stories; {@code total} counts the matching stories exactly when facets are counted (it needs
 * every match), else it is the article count less the copies seen in the hits collected.
 *
 * @param page the stories of the requested page, each at its best hit
 * @param total matching stories
 * @param exact whether {@code total} is exact
 */
public record Collapse(ScoreDoc[] page, long total, boolean exact) {

  /** Hits in rank order from the first, and how many articles the search matches. */
  public record Ranked(ScoreDoc[] top, long total) {}

  /** Runs the search again for its top {@code n} hits: a larger window than the first. */
  @FunctionalInterface
  public interface Widening {
    Ranked top(int n) throws IOException;
  }

  /** Hits collected at first for a page: more than a page, as copies will be dropped. */
  public static int window(SearchRequest request) {
    int want = request.page() * request.size();
    return Math.min(SearchRequest.RESULT_WINDOW, want * 2 + 20);
  }

  /**
   * The requested page of stories.
   *
   * @param first the hits collected at first ({@link #window}) and the match count
   * @param exact whether {@code first.total()} is exact
   * @param storyTotal the matching stories, when every match was counted (facets)
   * @param widen collects a larger window when copies leave the first one short of a page
   */
  public static Collapse of(
      SearchRequest request,
      Ranked first,
      boolean exact,
      OptionalLong storyTotal,
      Stories stories,
      Widening widen)
      throws IOException {
    int want = request.page() * request.size();
    Ranked m = first;
    List<ScoreDoc> kept = firstPerStory(m.top(), stories, want);
    // Too many copies in the window: collect a larger one (rare: copies are a few per story).
    while (kept.size() < want
        && m.top().length < m.total()
        && m.top().length < SearchRequest.RESULT_WINDOW) {
      m = widen.top(Math.min(SearchRequest.RESULT_WINDOW, m.top().length * 4));
      kept = firstPerStory(m.top(), stories, want);
    }
    int from = Math.min((request.page() - 1) * request.size(), kept.size());
    ScoreDoc[] page = kept.subList(from, kept.size()).toArray(new ScoreDoc[0]);
    if (storyTotal.isPresent()) {
      return new Collapse(page, storyTotal.getAsLong(), true);
    }
    int copiesSeen = copies(m.top(), stories);
    boolean allSeen = m.top().length >= m.total() && exact;
    return new Collapse(page, first.total() - copiesSeen, allSeen);
  }

  /** The first hit of each story, in rank order, at most {@code limit}. */
  public static List<ScoreDoc> firstPerStory(ScoreDoc[] ranked, Stories stories, int limit) {
    var seen = new HashSet<Long>();
    var kept = new ArrayList<ScoreDoc>(Math.min(limit, ranked.length));
    for (ScoreDoc hit : ranked) {
      if (kept.size() >= limit) {
        break;
      }
      if (seen.add(stories.key(hit.doc))) {
        kept.add(hit);
      }
    }
    return kept;
  }

  private static int copies(ScoreDoc[] ranked, Stories stories) {
    var seen = new HashSet<Long>();
    int copies = 0;
    for (ScoreDoc hit : ranked) {
      if (!seen.add(stories.key(hit.doc))) {
        copies++;
      }
    }
    return copies;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Collapse c
        && total == c.total
        && exact == c.exact
        && Arrays.equals(page, c.page);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(total) * 31 + Arrays.hashCode(page);
  }

  @Override
  public String toString() {
    return "Collapse[" + page.length + " hits of " + total + " stories]";
  }
}
