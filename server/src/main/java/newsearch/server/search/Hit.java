package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One search hit. {@code headlineHtml} and {@code snippet} are HTML-escaped text whose only markup
 * is {@code <mark>}; they are absent (null) when highlighting was not asked for. {@code alsoIn}
 * lists the first {@link #MAX_ALSO_IN} other versions of the hit's story by date (undated last,
 * ties by id), and {@code alsoInTotal} how many other versions there are; both are left out of the
 * JSON when there are none or with {@code dedupe=false}.
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
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StoryVersion> alsoIn,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) int alsoInTotal) {

  /** A story of thousands of copies must not list them all with each hit. */
  public static final int MAX_ALSO_IN = 10;

  public Hit {
    alsoIn = List.copyOf(alsoIn);
  }

  /** A hit whose story's other versions are all in {@code alsoIn}. */
  public Hit(
      String id,
      String headline,
      String headlineHtml,
      String date,
      String source,
      String url,
      String snippet,
      float score,
      List<StoryVersion> alsoIn) {
    this(id, headline, headlineHtml, date, source, url, snippet, score, alsoIn, alsoIn.size());
  }

  /** The same hit with its headline and snippet marked. */
  public Hit marked(String headlineHtml, String snippet) {
    return new Hit(
        id, headline, headlineHtml, date, source, url, snippet, score, alsoIn, alsoInTotal);
  }
}
