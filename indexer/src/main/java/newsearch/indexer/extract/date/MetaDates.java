package newsearch.indexer.extract.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsearch.indexer.extract.date.FoundDate.Kind;
import newsearch.indexer.model.ArticleDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Dates from {@code <meta>} tags (by {@code property}, {@code name}, {@code itemprop} or {@code
 * http-equiv}), in the order of {@link #PUBLISHED}: Open Graph and article tags first, then Dublin
 * Core, then the tags of publishing tools and the generic ones ({@code date}, {@code pubdate}).
 */
final class MetaDates {

  // Parsed once: jsoup parses a selector string again on every call, for every page.
  private static final Evaluator METAS = QueryParser.parse("meta[content]");

  /** Publication tags, the most specific first. */
  static final List<String> PUBLISHED =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "article:published",
          "og:published_time",
          "published_time",
          "article.published",
          "datepublished",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date.published",
          "dc.date.created",
          "dcterms.created",
          "dc.date",
          "dcterms.date",
          "dc.created",
          "citation_publication_date",
          "citation_date",
          "prism.publicationdate",
          "parsely-pub-date",
          "sailthru.date",
          "cxenseparse:recs:publishtime",
          "article_date_original",
          "original-publish-date",
          "rnews:datepublished",
          "publish-date",
          "publish_date",
          "publishdate",
          "publication_date",
          "publication-date",
          "pubdate",
          "pub_date",
          "og:pubdate",
          "datecreated",
          "created",
          "date",
          "displaydate");

  /** Update tags. */
  static final List<String> UPDATED =
      List.of(
          "article:modified_time",
          "og:article:modified_time",
          "og:updated_time",
          "article.updated",
          "datemodified",
          "dc.date.modified",
          "dcterms.modified",
          "last-modified",
          "lastmod",
          "modified");

  private MetaDates() {}

  static List<FoundDate> find(Document doc, PageRegions regions, boolean monthFirst) {
    Map<String, String> tags = new HashMap<>();
    for (Element meta : doc.select(METAS)) {
      if (!meta.attr("itemprop").isEmpty() && regions.isFurniture(meta)) {
        continue;
      }
      String content = meta.attr("content").strip();
      for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && !content.isEmpty()) {
          tags.putIfAbsent(key, content);
        }
      }
    }
    var found = new ArrayList<FoundDate>();
    add(tags, PUBLISHED, Kind.PUBLISHED, monthFirst, found);
    add(tags, UPDATED, Kind.UPDATED, monthFirst, found);
    return found;
  }

  private static void add(
      Map<String, String> tags,
      List<String> names,
      Kind kind,
      boolean monthFirst,
      List<FoundDate> out) {
    for (String name : names) {
      Optional<ArticleDate> date = DateValues.parse(tags.get(name), monthFirst);
      date.ifPresent(d -> out.add(new FoundDate(d, Provenance.META, kind)));
    }
  }
}
