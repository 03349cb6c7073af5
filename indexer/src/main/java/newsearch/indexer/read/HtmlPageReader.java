package newsearch.indexer.read;

import java.util.Optional;
import newsearch.indexer.extract.byline.FoundAuthors;
import newsearch.indexer.extract.byline.HtmlAuthorFinder;
import newsearch.indexer.extract.date.FoundDate;
import newsearch.indexer.extract.date.HtmlDateFinder;
import newsearch.indexer.extract.date.UndatedReason;
import newsearch.indexer.extract.html.BodyExtraction;
import newsearch.indexer.extract.html.HtmlBodyExtractor;
import newsearch.indexer.extract.html.PageCharset;
import newsearch.indexer.extract.title.Outlet;
import newsearch.indexer.extract.title.PageTitles;
import newsearch.indexer.model.ArticleDate;
import newsearch.indexer.model.Extraction;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;
import newsearch.indexer.source.PageText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * An HTML page ({@code .html}, {@code .htm}), parsed with jsoup: headline and outlet from {@link
 * PageTitles}; date from {@link HtmlDateFinder}; body from {@link HtmlBodyExtractor}. The page is
 * decoded in the charset it declares.
 */
public final class HtmlPageReader implements ArticleReader {

  // Parsed once: jsoup parses a selector string again on every call, for every page.
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
  private static final Evaluator OG_URL =
      QueryParser.parse("meta[property=og:url], meta[name=og:url]");

  private final HtmlBodyExtractor bodies = new HtmlBodyExtractor();

  @Override
  public long maxFileBytes() {
    return PageText.MAX_PAGE_BYTES;
  }

  @Override
  public void read(CorpusFile file, ArticleSink sink) throws FileSkipped {
    Document doc = Jsoup.parse(PageCharset.decode(PageText.bytes(file)));
    PageArticle article = PageArticle.of(file);
    String url = pageUrl(doc);
    // Before body(): the finders read the whole page, which body() strips of its furniture.
    PageTitles titles = PageTitles.ofHtml(doc, url);
    Optional<FoundDate> found = HtmlDateFinder.find(doc, article.sidecarUrl(sink));
    Optional<ArticleDate> date = found.map(FoundDate::date);
    FoundAuthors authors = HtmlAuthorFinder.find(doc, declaredOutlet(titles.outlet()));
    String undated = found.isPresent() ? "" : UndatedReason.of(doc).label();
    BodyExtraction body = bodies.extract(doc, url);
    article
        .headline(titles.headline().text())
        .date(date)
        .source(titles.outlet().name())
        .body(body.text())
        .url(url)
        .authors(authors.names())
        .extraction(
            Extraction.body(body.method(), body.confidence())
                .withDate(found.map(f -> f.provenance().label()).orElse(""))
                .withHeadline(titles.headline().origin())
                .withSource(titles.outlet().origin())
                .withAuthors(authors.origin())
                .withUndated(undated))
        .sendTo(sink, "no article found (no text content)");
  }

  /**
   * The outlet as the page declares it (site name, publisher), which no byline names as its author;
   * an outlet read from the title or the address may be a one-person site whose name is its author.
   */
  private static String declaredOutlet(Outlet outlet) {
    return outlet.origin().equals("meta") || outlet.origin().equals("jsonld") ? outlet.name() : "";
  }

  /** The page's own address: its canonical link, else {@code og:url}. */
  private static String pageUrl(Document doc) {
    Element canonical = doc.selectFirst(CANONICAL);
    String href = canonical == null ? "" : canonical.attr("href").strip();
    if (href.startsWith("http")) {
      return href;
    }
    Element og = doc.selectFirst(OG_URL);
    return og == null ? "" : og.attr("content").strip();
  }
}
