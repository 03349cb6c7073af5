package newsearch.indexer.extract.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.extract.TextNorm;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The headline of an HTML page as its reader sees it: the heading that tells the story its {@code
 * og:title}, JSON-LD headline and {@code <title>} name (editors often give those an SEO wording),
 * else the article's own {@code h1}, else those titles without the outlet's name.
 */
final class HtmlHeadlines {

  // An h1 sharing half its words with the titles is their story; an h2 must be nearly the title.
  private static final double SAME_STORY = 0.5;
  private static final double SAME_TITLE = 0.8;
  private static final int MAX_WORDS = 40;
  // Parsed once: jsoup parses a selector string again on every call.
  private static final Evaluator ARTICLE =
      QueryParser.parse("article, main, [role=main], [itemprop=articleBody]");
  private static final Evaluator OUTSIDE =
      QueryParser.parse("header, nav, footer, aside, form, dialog, [role=dialog]");

  private HtmlHeadlines() {}

  static Headline find(Document doc, HtmlMeta meta, JsonLdNodes jsonLd, OutletVotes outlets) {
    List<String> og = meta.content("og:title").stream().toList();
    List<String> ld = jsonLd.headlines();
    var titles = new ArrayList<String>(og);
    meta.content("twitter:title").ifPresent(titles::add);
    titles.addAll(ld);
    titles.add(doc.title());
    List<Element> h1 = headings(doc, "h1", outlets);
    Optional<Element> best = mostLike(h1, titles, SAME_STORY);
    if (best.isPresent()) {
      return new Headline(best.get().text(), "h1");
    }
    Optional<Element> h2 = mostLike(headings(doc, "h2", outlets), titles, SAME_TITLE);
    if (h2.isPresent()) {
      return new Headline(h2.get().text(), "h2");
    }
    for (Element h : h1) {
      if (h.closest(ARTICLE) != null || h1.size() == 1 && h.closest(OUTSIDE) == null) {
        return new Headline(h.text(), "h1");
      }
    }
    if (!ld.isEmpty()) {
      return new Headline(ld.getFirst(), "jsonld");
    }
    if (!og.isEmpty()) {
      return new Headline(TitleParts.headline(og.getFirst(), outlets::isOutlet), "meta");
    }
    return new Headline(TitleParts.headline(doc.title(), outlets::isOutlet), "title");
  }

  /** The page's headings of one level that could be a headline: not empty, not the site's name. */
  private static List<Element> headings(Document doc, String tag, OutletVotes outlets) {
    var out = new ArrayList<Element>();
    for (Element h : doc.getElementsByTag(tag)) {
      String text = h.text();
      int words = TextNorm.words(text);
      if (words > 0 && words <= MAX_WORDS && !outlets.isOutlet(text)) {
        out.add(h);
      }
    }
    return out;
  }

  private static Optional<Element> mostLike(
      List<Element> headings, List<String> titles, double min) {
    Element best = null;
    double bestScore = min;
    for (Element h : headings) {
      double s = TitleSimilarity.best(h.text(), titles);
      if (s >= bestScore && (best == null || s > bestScore)) {
        best = h;
        bestScore = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
