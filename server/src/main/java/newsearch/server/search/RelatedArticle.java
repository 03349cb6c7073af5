package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An article about something similar, from another story. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelatedArticle(String id, String headline, String source, String date, float score) {}
