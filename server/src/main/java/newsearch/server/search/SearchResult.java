package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total matching articles; exact when facets were counted, else at least this many ({@code
 *     totalExact} false) once past the result window
 * @param articles matching articles; {@code total} counts stories when they are collapsed ({@code
 *     dedupe}), and equals this otherwise
 * @param relaxed true when any of the words was enough: a long question, or a short query no
 *     article has every word of
 * @param warnings parts of the query that were not understood or were cut short
 * @param facets absent when not asked for
 * @param facetsApproximate with facets: true when their counts are estimates from a sample of a
 *     large match set (the totals stay exact); absent without facets
 * @param interpretedAs how the query was read, when that differs from its literal syntax (a query
 *     in capitals or a pasted sentence read as words); absent otherwise
 * @param notice what was changed to avoid an empty answer, or why it is empty; absent otherwise
 * @param didYouMean the query with unknown words replaced by the index's nearest ones; absent when
 *     every word is known
 * @param withoutFilters when the filters alone empty the answer: how many articles match without
 *     them; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResult(
    long total,
    boolean totalExact,
    long articles,
    int page,
    int size,
    long tookMs,
    boolean relaxed,
    List<String> warnings,
    List<Hit> hits,
    Facets facets,
    Boolean facetsApproximate,
    String interpretedAs,
    String notice,
    String didYouMean,
    Long withoutFilters) {

  /** The answer of a search stopped before it found anything it could count. */
  public static SearchResult stopped(SearchRequest request, long tookMs, List<String> warnings) {
    return new SearchResult(
        0,
        false,
        0,
        request.page(),
        request.size(),
        tookMs,
        false,
        warnings,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
