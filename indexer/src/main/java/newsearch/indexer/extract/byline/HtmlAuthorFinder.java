package newsearch.indexer.extract.byline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsearch.indexer.extract.TextNorm;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an HTML page's authors, from the first signal that names a person: JSON-LD {@code author},
 * then the author meta tags ({@code author}, {@code article:author} when it is a name and not an
 * address, {@code parsely-author}, {@code sailthru.author}, Dublin Core's creator, {@code byl}),
 * then a JSON-LD author given by reference, then the byline the page shows under its headline
 * ({@link PageBylines}), which also wins where it names more people than the metadata.
 *
 * <p>Reads the document without changing it.
 */
public final class HtmlAuthorFinder {

  private static final List<String> META_NAMES =
      List.of(
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "dcterms.creator",
          "byl");

  private HtmlAuthorFinder() {}

  /**
   * The authors of {@code doc}; {@code outlet} (the page's site name, may be empty) is no author.
   */
  public static FoundAuthors find(Document doc, String outlet) {
    String title = doc.select("meta[property=og:title]").attr("content");
    var shown =
        PageBylines.find(doc.body(), outlet, title.isBlank() ? doc.title() : title)
            .orElse(new BylineLines.Byline(List.of(), false));
    List<String> jsonLd = JsonLdAuthors.find(doc, outlet, false);
    if (!jsonLd.isEmpty()) {
      return new FoundAuthors(widest(jsonLd, shown), "jsonld");
    }
    List<String> meta = meta(doc, outlet);
    if (!meta.isEmpty()) {
      return new FoundAuthors(widest(meta, shown), "meta");
    }
    List<String> referenced = JsonLdAuthors.find(doc, outlet, true);
    if (!referenced.isEmpty()) {
      return new FoundAuthors(widest(referenced, shown), "jsonld");
    }
    return new FoundAuthors(shown.names(), "byline");
  }

  /**
   * The byline the page shows where it names everyone the metadata names and more (metadata often
   * keeps only a story's first author), or where the page labels it and it names none of the
   * metadata's people (whom a CMS often fills with the account that posted the story).
   */
  private static List<String> widest(List<String> metadata, BylineLines.Byline shown) {
    Set<String> shownKeys = shown.names().stream().map(TextNorm::fold).collect(Collectors.toSet());
    List<String> metaKeys = metadata.stream().map(TextNorm::fold).toList();
    boolean wider = shown.names().size() > metadata.size() && shownKeys.containsAll(metaKeys);
    boolean other =
        shown.labelled()
            && !shownKeys.isEmpty()
            && metaKeys.stream().noneMatch(shownKeys::contains);
    return wider || other ? shown.names() : metadata;
  }

  private static List<String> meta(Document doc, String outlet) {
    for (String name : META_NAMES) {
      var names = new LinkedHashSet<String>();
      for (Element e : doc.select("meta[content]")) {
        if (!e.attr("name").equalsIgnoreCase(name) && !e.attr("property").equalsIgnoreCase(name)) {
          continue;
        }
        String content = e.attr("content").strip();
        // Facebook's article:author is often the author's profile address, not a name.
        if (!content.contains("/") && !content.startsWith("www.")) {
          names.addAll(PersonNames.parse(content, outlet, false, false).names());
        }
      }
      if (!names.isEmpty()) {
        return List.copyOf(names);
      }
    }
    return List.of();
  }
}
