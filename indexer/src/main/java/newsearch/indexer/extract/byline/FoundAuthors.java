package newsearch.indexer.extract.byline;

import java.util.List;

/**
 * The authors found on a page and where: {@code jsonld}, {@code meta} or {@code byline} (a byline
 * element or line the page shows); no names and an empty origin when it credits no person.
 */
public record FoundAuthors(List<String> names, String origin) {

  public static final FoundAuthors NONE = new FoundAuthors(List.of(), "");

  public FoundAuthors {
    names = List.copyOf(names);
    origin = names.isEmpty() || origin == null ? "" : origin;
  }
}
