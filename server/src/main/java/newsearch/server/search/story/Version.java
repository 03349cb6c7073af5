package newsearch.server.search.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One version of a story in the story view, with its changes against the earliest version (empty
 * for the earliest itself).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Version(
    String id, String source, String date, String url, String headline, List<Change> diff) {

  public Version {
    diff = List.copyOf(diff);
  }

  /** How many of its changes are of this kind. */
  public long count(Change.Op op) {
    return diff.stream().filter(c -> c.op() == op).count();
  }
}
