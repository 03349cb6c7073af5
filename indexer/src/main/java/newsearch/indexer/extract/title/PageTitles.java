package newsearch.indexer.extract.title;

import org.jsoup.nodes.Document;

/** A page's headline and outlet, each with where it was read. */
public record PageTitles(Headline headline, Outlet outlet) {

  /** The headline and outlet of an HTML page whose own address is {@code url} (or empty). */
  public static PageTitles ofHtml(Document doc, String url) {
    HtmlMeta meta = HtmlMeta.of(doc);
    JsonLdNodes jsonLd = JsonLdNodes.of(doc);
    OutletVotes outlets = HtmlOutlets.votes(doc, meta, jsonLd, url);
    return new PageTitles(HtmlHeadlines.find(doc, meta, jsonLd, outlets), outlets.winner());
  }
}
