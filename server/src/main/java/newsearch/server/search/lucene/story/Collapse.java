package newsearch.server.search.lucene.story;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import newsearch.server.search.SearchRequest;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.FixedBitSet;

/**
 * One hit per story: the ranked hits are walked from the top and only the first version of each
 * story is kept, so a page shows stories in the order of their best version. Pages are counted in
 * stories, up to the result window of {@link SearchRequest#RESULT_WINDOW} stories: when copies
 * leave the hits collected short of the page, more are collected, past that many articles if need
 * be. {@code total} counts the matching stories exactly when facets are counted (they see every
 * match) or when every match was collected; else it is the stories seen among the hits collected, a
 * lower bound, never a promise of pages that do not exist.
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
    int asked = window(request);
    Ranked m = first;
    List<ScoreDoc> kept = firstPerStory(m.top(), stories, want);
    // A full window may hide more stories behind its copies: collect four times as many, up to
    // every document, until the page is full or the matches run out.
    while (kept.size() < want && m.top().length >= asked && asked < stories.maxDoc()) {
      asked = (int) Math.min(asked * 4L, stories.maxDoc());
      m = widen.top(asked);
      kept = firstPerStory(m.top(), stories, want);
    }
    int from = Math.min((request.page() - 1) * request.size(), kept.size());
    ScoreDoc[] page = kept.subList(from, kept.size()).toArray(new ScoreDoc[0]);
    if (storyTotal.isPresent()) {
      return new Collapse(page, storyTotal.getAsLong(), true);
    }
    boolean allSeen = m.top().length < asked || (exact && m.top().length >= first.total());
    return new Collapse(page, distinct(m.top(), stories), allSeen);
  }

  /** The first hit of each story, in rank order, at most {@code limit}. */
  public static List<ScoreDoc> firstPerStory(ScoreDoc[] ranked, Stories stories, int limit) {
    var seen = new FixedBitSet(Math.max(1, stories.multiArticleStories()));
    var kept = new ArrayList<ScoreDoc>(Math.min(limit, ranked.length));
    for (ScoreDoc hit : ranked) {
      if (kept.size() >= limit) {
        break;
      }
      if (firstOfStory(hit.doc, stories, seen)) {
        kept.add(hit);
      }
    }
    return kept;
  }

  private static int distinct(ScoreDoc[] ranked, Stories stories) {
    var seen = new FixedBitSet(Math.max(1, stories.multiArticleStories()));
    int count = 0;
    for (ScoreDoc hit : ranked) {
      if (firstOfStory(hit.doc, stories, seen)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether {@code doc} is the first of its story seen: an article alone always is, so only the
   * stories of two or more need a bit (no boxed key per hit, for windows of many thousands).
   */
  private static boolean firstOfStory(int doc, Stories stories, FixedBitSet seen) {
    int story = stories.story(doc);
    return story < 0 || !seen.getAndSet(story);
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
