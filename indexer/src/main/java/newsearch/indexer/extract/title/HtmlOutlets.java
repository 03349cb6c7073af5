package newsearch.indexer.extract.title;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The outlet of an HTML page: {@code og:site_name} and {@code application-name}, the JSON-LD
 * publisher and site, the outlet around the title, the copyright line, the site's account, and the
 * page's address as the last resort.
 */
final class HtmlOutlets {

  private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)\\s*\\d{4}|copyright");
  private static final int MAX_COPYRIGHT_CHARS = 300;
  private static final String LOGO =
      "[class*=logo] img[alt], [id*=logo] img[alt], img[class*=logo][alt], img[src*=logo][alt]";
  // The site's logo comes first; further down, logos are of partners and advertisers.
  private static final int MAX_LOGOS = 3;
  private static final int SITE_NAME = 3;
  private static final int PUBLISHER = 3;
  private static final int SITE = 2;
  private static final int HOLDER = 1;

  private HtmlOutlets() {}

  static OutletVotes votes(Document doc, HtmlMeta meta, JsonLdNodes jsonLd, String url) {
    var votes = new OutletVotes();
    for (String p : new String[] {"og:site_name", "application-name"}) {
      meta.content(p).map(OutletNames::siteName).ifPresent(n -> votes.name(n, "meta", SITE_NAME));
    }
    jsonLd.publishers().forEach(n -> votes.name(OutletNames.siteName(n), "jsonld", PUBLISHER));
    jsonLd.sites().forEach(n -> votes.name(OutletNames.siteName(n), "jsonld", SITE));
    for (String title : new String[] {doc.title(), meta.content("og:title").orElse("")}) {
      TitleParts.affixes(title).forEach(a -> votes.affix(a, "title"));
    }
    meta.content("copyright")
        .flatMap(OutletNames::copyrightHolder)
        .ifPresent(n -> votes.name(n, "copyright", HOLDER));
    for (Element e : copyrightLines(doc)) {
      String text = e.text();
      if (text.length() <= MAX_COPYRIGHT_CHARS) {
        OutletNames.copyrightHolder(text).ifPresent(n -> votes.name(n, "copyright", HOLDER));
      }
    }
    meta.content("twitter:site").ifPresent(votes::spelling);
    votes.address(url);
    // Logos are often of partners or a parent service: read only when nothing else names the site.
    if (votes.winner().origin().equals("domain")) {
      doc.select(LOGO).stream()
          .limit(MAX_LOGOS)
          .forEach(img -> votes.affix(OutletNames.logoName(img.attr("alt")), "logo"));
    }
    return votes;
  }

  /**
   * The elements whose own text holds a copyright mark, in page order. A plain look at each text
   * first: building every element's own text for the pattern costs more than the rest of the vote.
   */
  private static List<Element> copyrightLines(Document doc) {
    var out = new ArrayList<Element>();
    for (Element e : doc.getAllElements()) {
      for (Node n : e.childNodes()) {
        if (n instanceof TextNode t && mayMarkCopyright(t.getWholeText())) {
          if (COPYRIGHT.matcher(e.ownText()).find()) {
            out.add(e);
          }
          break;
        }
      }
    }
    return out;
  }

  private static boolean mayMarkCopyright(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '©'
          || c == '(' && text.regionMatches(true, i + 1, "c", 0, 1)
          || (c == 'c' || c == 'C') && text.regionMatches(true, i, "copyright", 0, 9)) {
        return true;
      }
    }
    return false;
  }
}
