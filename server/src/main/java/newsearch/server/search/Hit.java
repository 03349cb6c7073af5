package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One search hit. {@code headlineHtml} and {@code snippet} are HTML-escaped text whose only markup
 * is {@code <mark>}; they are absent when highlighting was not asked for. {@code alsoIn} lists the
 * other versions of the hit's story (absent when there are none, or with {@code dedupe=false}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hit(
    String id,
    String headline,
    String headlineHtml,
    String date,
    String source,
    String url,
    String snippet,
    float score,
    List<Version> alsoIn) {}
