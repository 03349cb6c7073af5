package newsearch.indexer.extract.byline;

import java.util.List;
import java.util.Optional;

/**
 * Finds the byline of a scraped text page among the lines around its headline: below it down to the
 * first lines of the body, then just above it. The first line that reads as a byline decides, also
 * when it credits no person (an agency, a desk): names further off belong to other stories.
 */
public final class TextAuthorFinder {

  /** Lines of the body's start that may still hold the byline (after a standfirst, a caption). */
  private static final int INTO_BODY = 3;

  private static final int ABOVE_HEADLINE = 3;

  /** Where the byline is looked for without a headline: the lines just above the body. */
  private static final int WITHOUT_HEADLINE = 12;

  /** Of the one origin a text page's byline has. */
  public static final String ORIGIN = "byline";

  private TextAuthorFinder() {}

  /**
   * The authors of a page of {@code lines}.
   *
   * @param headline index of the headline's line, or -1
   * @param bodyStart index of the body's first line (the page's length when it has none)
   * @param outlet the page's outlet, left out of bylines; may be empty
   */
  public static FoundAuthors find(List<String> lines, int headline, int bodyStart, String outlet) {
    int from = headline >= 0 ? headline + 1 : Math.max(0, bodyStart - WITHOUT_HEADLINE);
    int to = Math.min(lines.size(), Math.max(from, bodyStart + INTO_BODY));
    for (int i = from; i < to; i++) {
      Optional<BylineLines.Byline> byline = BylineLines.read(lines, i, outlet);
      if (byline.isPresent()) {
        return new FoundAuthors(byline.get().names(), ORIGIN);
      }
    }
    // A headline taken from the wrong line must not hide the byline just above the body.
    for (int i = Math.max(0, bodyStart - WITHOUT_HEADLINE); i < Math.min(from, bodyStart); i++) {
      Optional<BylineLines.Byline> byline = BylineLines.read(lines, i, outlet);
      if (byline.isPresent()) {
        return new FoundAuthors(byline.get().names(), ORIGIN);
      }
    }
    for (int i = headline - 1; headline >= 0 && i >= Math.max(0, headline - ABOVE_HEADLINE); i--) {
      Optional<BylineLines.Byline> byline = BylineLines.read(lines, i, outlet);
      if (byline.isPresent()) {
        return new FoundAuthors(byline.get().names(), ORIGIN);
      }
    }
    return FoundAuthors.NONE;
  }
}
