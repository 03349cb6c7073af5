package newsearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Another outlet's copy of a story (a near-duplicate article): {@code alsoIn} of a hit, {@code
 * otherVersions} of an article.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryVersion(String id, String source, String date) {}
