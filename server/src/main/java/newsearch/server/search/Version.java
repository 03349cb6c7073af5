package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Another outlet's version of a story (a near-duplicate article): {@code alsoIn} of a hit. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Version(String id, String source, String date) {}
