package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A whole article, with the other versions of its story ({@code otherVersions}, empty when none)
 * and how it was read ({@code extraction}; absent from an index built before it was kept). {@code
 * bodyHtml} (escaped body with the query's matches in {@code <mark>}) and {@code headlineHtml} are
 * present only when a query was given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(
    String id,
    String headline,
    String headlineHtml,
    String date,
    String source,
    String url,
    List<String> authors,
    String body,
    String bodyHtml,
    String story,
    List<StoryVersion> otherVersions,
    Extraction extraction) {}
