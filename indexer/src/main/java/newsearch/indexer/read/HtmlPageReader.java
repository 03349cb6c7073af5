package newsearch.indexer.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.extract.date.FoundDate;
import newsearch.indexer.extract.date.HtmlDateFinder;
import newsearch.indexer.model.Article;
import newsearch.indexer.model.ArticleDate;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;
import newsearch.indexer.source.PageText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page ({@code .html}, {@code .htm}), parsed with jsoup: headline from {@code og:title},
 * {@code h1} or {@code title}; date from {@code article:published_time}, {@code <time>} or JSON-LD;
 * source from {@code og:site_name} or JSON-LD; body from the main content, without navigation,
 * footers, asides and related links.
 */
public final class HtmlPageReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Page furniture: never part of the article. */
  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " figure figcaption, [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [aria-hidden=true], [class~=(?i)related|recommend|share"
          + "|social|newsletter|comment|promo|advert|cookie|subscribe|breadcrumb|menu|footer"
          + "|sidebar|trending|most-read]";

  @Override
  public long maxFileBytes() {
    return PageText.MAX_PAGE_BYTES;
  }

  @Override
  public void read(CorpusFile file, ArticleSink sink) throws FileSkipped {
    Document doc = Jsoup.parse(PageText.read(file));
    Optional<JsonNode> jsonLd = jsonLd(doc);
    String headline =
        first(
            meta(doc, "og:title"),
            text(doc.selectFirst("h1")),
            jsonLd.flatMap(n -> JsonFields.text(n, "headline")),
            Optional.of(doc.title()));
    // Before body(): the finder reads the whole page, which body() strips of its furniture.
    Optional<ArticleDate> date = HtmlDateFinder.find(doc).map(FoundDate::date);
    String source =
        first(
            meta(doc, "og:site_name"),
            jsonLd.map(n -> n.path("publisher")).flatMap(p -> JsonFields.text(p, "name")));
    var article =
        new Article(
                file.id(),
                headline,
                date,
                source,
                body(doc),
                meta(doc, "og:url").orElse(""),
                List.of(),
                file.relative())
            .withOverrides(Sidecar.read(file, sink));
    if (article.body().isEmpty()) {
      throw new FileSkipped("no article found (no text content)");
    }
    sink.accept(article);
  }

  private static String body(Document doc) {
    doc.select(BOILERPLATE).remove();
    Element root =
        Optional.ofNullable(doc.selectFirst("article"))
            .or(() -> Optional.ofNullable(doc.selectFirst("main, [role=main]")))
            .orElse(doc.body());
    if (root == null) {
      return "";
    }
    var paragraphs = new ArrayList<String>();
    for (Element e : root.select("p, h2, h3, h4, li, blockquote")) {
      String t = e.text().strip();
      // A list item is a link list (menus, related stories) unless it reads like a sentence.
      if (!t.isEmpty() && (!e.tagName().equals("li") || t.split("\\s+").length >= 12)) {
        paragraphs.add(t);
      }
    }
    return paragraphs.isEmpty() ? root.text() : String.join("\n\n", paragraphs);
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
      } catch (java.io.IOException e) {
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
