package newsearch.indexer.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import newsearch.indexer.extract.byline.FoundAuthors;
import newsearch.indexer.extract.byline.HtmlAuthorFinder;
import newsearch.indexer.extract.date.FoundDate;
import newsearch.indexer.extract.date.HtmlDateFinder;
import newsearch.indexer.extract.date.UndatedReason;
import newsearch.indexer.extract.html.BodyExtraction;
import newsearch.indexer.extract.html.HtmlBodyExtractor;
import newsearch.indexer.extract.html.PageCharset;
import newsearch.indexer.model.ArticleDate;
import newsearch.indexer.model.Extraction;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;
import newsearch.indexer.source.PageText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page ({@code .html}, {@code .htm}), parsed with jsoup: headline from {@code og:title},
 * {@code h1} or {@code title}; date from {@code article:published_time}, {@code <time>} or JSON-LD;
 * source from {@code og:site_name} or JSON-LD; body from {@link HtmlBodyExtractor}. The page is
 * decoded in the charset it declares.
 */
public final class HtmlPageReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HtmlBodyExtractor bodies = new HtmlBodyExtractor();

  @Override
  public long maxFileBytes() {
    return PageText.MAX_PAGE_BYTES;
  }

  @Override
  public void read(CorpusFile file, ArticleSink sink) throws FileSkipped {
    Document doc = Jsoup.parse(PageCharset.decode(PageText.bytes(file)));
    Optional<JsonNode> jsonLd = jsonLd(doc);
    String headline =
        first(
            meta(doc, "og:title"),
            text(doc.selectFirst("h1")),
            jsonLd.flatMap(n -> JsonFields.text(n, "headline")),
            Optional.of(doc.title()));
    PageArticle article = PageArticle.of(file);
    // Before body(): the finders read the whole page, which body() strips of its furniture.
    Optional<FoundDate> found = HtmlDateFinder.find(doc, article.sidecarUrl(sink));
    Optional<ArticleDate> date = found.map(FoundDate::date);
    String source =
        first(
            meta(doc, "og:site_name"),
            jsonLd.map(n -> n.path("publisher")).flatMap(p -> JsonFields.text(p, "name")));
    FoundAuthors authors = HtmlAuthorFinder.find(doc, source);
    String undated = found.isPresent() ? "" : UndatedReason.of(doc).label();
    String url = pageUrl(doc);
    BodyExtraction body = bodies.extract(doc, url);
    article
        .headline(headline)
        .date(date)
        .source(source)
        .body(body.text())
        .url(url)
        .authors(authors.names())
        .extraction(
            Extraction.body(body.method(), body.confidence())
                .withDate(found.map(f -> f.provenance().label()).orElse(""))
                .withAuthors(authors.origin())
                .withUndated(undated))
        .sendTo(sink, "no article found (no text content)");
  }

  /** The page's own address: its canonical link, else {@code og:url}. */
  private static String pageUrl(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String href = canonical == null ? "" : canonical.attr("href").strip();
    return href.startsWith("http") ? href : meta(doc, "og:url").orElse("");
  }

  private static Optional<JsonNode> jsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(script.data());
        if (node != null && node.isArray() && !node.isEmpty()) {
          node = node.get(0);
        }
        if (node != null && node.isObject()) {
          return Optional.of(node);
        }
      } catch (IOException e) {
        // Broken JSON-LD is common on real pages; the meta tags still apply.
      }
    }
    return Optional.empty();
  }

  private static Optional<String> meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null
        ? Optional.empty()
        : Optional.of(e.attr("content").strip()).filter(s -> !s.isEmpty());
  }

  private static Optional<String> text(Element e) {
    return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
  }

  @SafeVarargs
  private static String first(Optional<String>... candidates) {
    for (Optional<String> c : candidates) {
      if (c.isPresent() && !c.get().isBlank()) {
        return c.get();
      }
    }
    return "";
  }
}
