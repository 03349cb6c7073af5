package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One search hit. {@code headlineHtml} and {@code snippet} are HTML-escaped text whose only markup
 * is {@code <mark>}; they are absent (null) when highlighting was not asked for. {@code alsoIn}
 * lists the other versions of the hit's story; it is empty, and left out of the JSON, when there
 * are none or with {@code dedupe=false}.
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
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StoryVersion> alsoIn) {

  public Hit {
    alsoIn = List.copyOf(alsoIn);
  }

  /** The same hit with its headline and snippet marked. */
  public Hit marked(String headlineHtml, String snippet) {
    return new Hit(id, headline, headlineHtml, date, source, url, snippet, score, alsoIn);
  }
}
