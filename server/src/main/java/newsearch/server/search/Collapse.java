package newsearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * One hit per story (issue 8): the ranked hits are walked from the top and only the first version
 * of each story is kept, so a page shows stories in the order of their best version. Pages are
 * counted in stories; {@code total} counts the matching stories exactly when facets are counted (it
 * needs every match), else it is the article count less the copies seen in the hits collected.
 *
 * @param page the stories of the requested page, each at its best hit
 * @param total matching stories
 * @param exact whether {@code total} is exact
 */
record Collapse(ScoreDoc[] page, long total, boolean exact) {

  /** Hits collected at first for a page: more than a page, as copies will be dropped. */
  static int window(SearchRequest request) {
    int want = request.page() * request.size();
    return Math.min(SearchRequest.RESULT_WINDOW, want * 2 + 20);
  }

  static Collapse of(
      IndexSearcher searcher, Query query, SearchRequest request, Matches matches, Stories stories)
      throws IOException {
    int want = request.page() * request.size();
    Matches m = matches;
    List<ScoreDoc> kept = firstPerStory(m.top(), stories, want);
    // Too many copies in the window: collect a larger one (rare: copies are a few per story).
    while (kept.size() < want
        && m.top().length < m.total()
        && m.top().length < SearchRequest.RESULT_WINDOW) {
      int n = Math.min(SearchRequest.RESULT_WINDOW, m.top().length * 4);
      m = Matches.collect(searcher, query, request, n, false);
      kept = firstPerStory(m.top(), stories, want);
    }
    int from = Math.min((request.page() - 1) * request.size(), kept.size());
    ScoreDoc[] page = kept.subList(from, kept.size()).toArray(new ScoreDoc[0]);
    if (matches.facets() != null) {
      return new Collapse(page, matches.facets().stories(), true);
    }
    int copiesSeen = copies(m.top(), stories);
    boolean allSeen = m.top().length >= m.total() && matches.exact();
    return new Collapse(page, matches.total() - copiesSeen, allSeen);
  }

  /** The first hit of each story, in rank order, at most {@code limit}. */
  static List<ScoreDoc> firstPerStory(ScoreDoc[] ranked, Stories stories, int limit) {
    var seen = new java.util.HashSet<Long>();
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
    var seen = new java.util.HashSet<Long>();
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
