package newsearch.server.search.lucene.rank;

/**
 * Which ranking steps a question gets, and their parameters.
 *
 * @param frames whether the words that frame a question ("I am interested in articles about") are
 *     left out of its ranking ({@link QuestionFrames})
 * @param feedback whether pseudo-relevance feedback (RM3) expands the ranking
 * @param feedbackDocs how many top hits of the question the relevance model is estimated from
 * @param feedbackTerms how many terms each feedback document, and the model, keep
 * @param originalWeight the question's share of the interpolated query (RM3's lambda)
 * @param maxDocShare a feedback term found in more than this share of all articles is left out,
 *     which stands in for a collection-specific stop list
 * @param proximity whether neighbouring query words found near each other add to the score
 * @param proximityWeight what each neighbouring pair's match counts against one query word
 * @param proximitySlop how far apart (in positions, swaps counting two) a pair may stand
 */
public record RankingSettings(
    boolean frames,
    boolean feedback,
    int feedbackDocs,
    int feedbackTerms,
    float originalWeight,
    float maxDocShare,
    boolean proximity,
    float proximityWeight,
    int proximitySlop) {

  private static final String PREFIX = "newsearch.ranking.";

  public RankingSettings {
    if (feedbackDocs < 1 || feedbackTerms < 1) {
      throw new IllegalArgumentException(
          "feedback docs and terms must be 1 or more, were " + feedbackDocs + ", " + feedbackTerms);
    }
    if (!(originalWeight > 0 && originalWeight <= 1)) {
      throw new IllegalArgumentException(
          "the original query's weight must be in (0, 1], was " + originalWeight);
    }
    if (proximitySlop < 0 || proximityWeight < 0) {
      throw new IllegalArgumentException(
          "proximity slop and weight must not be negative, were "
              + proximitySlop
              + ", "
              + proximityWeight);
    }
  }

  /** The settings measured best on the odd CACM queries. */
  public static RankingSettings defaults() {
    return new RankingSettings(true, true, 10, 10, 0.5f, 0.07f, true, 0.1f, 8);
  }

  /**
   * The defaults, each overridden by a system property {@code newsearch.ranking.NAME} of the
   * component's name ({@code -Dnewsearch.ranking.feedback=false}): for measuring one step without
   * the other, or another parameter, with {@code ./newsearch eval}.
   */
  public static RankingSettings fromSystemProperties() {
    var d = defaults();
    return new RankingSettings(
        Boolean.parseBoolean(property("frames", d.frames())),
        Boolean.parseBoolean(property("feedback", d.feedback())),
        Integer.parseInt(property("feedbackDocs", d.feedbackDocs())),
        Integer.parseInt(property("feedbackTerms", d.feedbackTerms())),
        Float.parseFloat(property("originalWeight", d.originalWeight())),
        Float.parseFloat(property("maxDocShare", d.maxDocShare())),
        Boolean.parseBoolean(property("proximity", d.proximity())),
        Float.parseFloat(property("proximityWeight", d.proximityWeight())),
        Integer.parseInt(property("proximitySlop", d.proximitySlop())));
  }

  private static String property(String name, Object fallback) {
    return System.getProperty(PREFIX + name, String.valueOf(fallback)).strip();
  }
}
