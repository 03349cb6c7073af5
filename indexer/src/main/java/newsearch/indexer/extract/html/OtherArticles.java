package newsearch.indexer.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Teasers of other stories on an article's page: when a page holds several {@code <article>}
 * elements and some carry the page's own headline, the others (a blog's "more posts", a site's next
 * stories) are marked as furniture. A teaser is shorter than the page's own article: one with more
 * prose is kept whatever its heading (the page's own title can head a teaser box too).
 */
final class OtherArticles {

  // Parsed once: jsoup parses a selector string again on every call, for every page.
  private static final Evaluator ARTICLES = QueryParser.parse("article");
  private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3");
  private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");

  /** Shorter titles ("News", "Home") match too much to tell one article from another. */
  private static final int MIN_TITLE_CHARS = 8;

  private OtherArticles() {}

  static void mark(Document doc) {
    List<Element> articles = doc.select(ARTICLES);
    if (articles.size() < 2) {
      return;
    }
    String title = key(headline(doc));
    if (title.length() < MIN_TITLE_CHARS) {
      return;
    }
    var own = new ArrayList<Element>();
    for (Element a : articles) {
      for (Element h : a.select(HEADINGS)) {
        String k = key(h.text());
        if (k.length() >= MIN_TITLE_CHARS && (title.contains(k) || k.contains(title))) {
          own.add(a);
          break;
        }
      }
    }
    if (own.isEmpty()) {
      return;
    }
    int ownProse = own.stream().mapToInt(OtherArticles::prose).max().orElse(0);
    for (Element a : articles) {
      if (own.stream().noneMatch(o -> related(o, a)) && prose(a) < ownProse) {
        a.attr(Furniture.MARK, "");
      }
    }
  }

  private static String headline(Document doc) {
    Element og = doc.selectFirst(OG_TITLE);
    return og != null && !og.attr("content").isBlank() ? og.attr("content") : doc.title();
  }

  /** Letters and digits only, lower case: titles differ in punctuation and site suffixes. */
  private static String key(String s) {
    var out = new StringBuilder();
    s.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static int prose(Element e) {
    int n = 0;
    for (TextBlock b : TextBlocks.of(e)) {
      if (ContentScorer.isProse(b)) {
        n += b.text().length();
      }
    }
    return n;
  }

  private static boolean related(Element a, Element b) {
    return a == b || a.parents().contains(b) || b.parents().contains(a);
  }
}
