package newsearch.indexer.extract.date;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The parts of one page a date may come from: the article, not the furniture around it (navigation,
 * the site's header and footer, sidebars, related-article lists, comments). Reads the document
 * without changing it, since the body extractor runs on the same one.
 */
final class PageRegions {

  // Parsed once: jsoup parses a selector string again on every call, for every page.
  private static final Evaluator HEADLINES = QueryParser.parse("h1");
  private static final Evaluator ARTICLES =
      QueryParser.parse("article, [itemtype~=(?i)(Article|BlogPosting)$]");
  private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");

  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "menu", "dialog");
  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "contentinfo", "complementary", "banner", "dialog", "menu");
  private static final Set<String> CONTENT_TAGS = Set.of("article", "main");

  /** One word of a class or id ({@code related-posts} → related, posts) that names furniture. */
  private static final Pattern FURNITURE_WORD =
      Pattern.compile(
          "(?i)related\\w*|recommend\\w*|comments?|commentlist|disqus\\w*|sidebar\\w*"
              + "|popular|trending|breadcrumbs?|newsletter\\w*|carousel|slider|pagination|pager"
              + "|navigation|navbar|nav|menu|upcoming|latest|recent|ticker|most|share\\w*"
              + "|social\\w*|cookie\\w*|promos?|outbrain|taboola|masthead|more|also"
              + "|clock|today|weather");

  /** The site's own header or footer by name; an "entry-header" or "date-header" is the post's. */
  private static final Pattern SITE_HEADER =
      Pattern.compile("(?i)(?:(?:site|global|main)[_-]?)?(?:header|footer)");

  /** An element the page marks as the article, by microdata type or by class. */
  private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i)Article|BlogPosting");

  private static final Pattern ARTICLE_NAME =
      Pattern.compile("(?i)article|hentry|post|entry|story");
  private static final Pattern META_NAME = Pattern.compile("(?i)meta|byline|date");

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s_-]+|(?<=[a-z])(?=[A-Z])");

  /**
   * Wrapper classes that only say what is beside them: {@code has-sidebar}, {@code no-comments}.
   */
  private static final Set<String> STATE_WORDS =
      Set.of("has", "no", "with", "is", "show", "sticky");

  private final Document doc;
  private final Element headline;

  /** The headline and every element around it, looked up for each element of the page. */
  private final Set<Element> headlineBlock = Collections.newSetFromMap(new IdentityHashMap<>());

  private final Map<Element, Boolean> furniture = new IdentityHashMap<>();
  private final Map<Element, Boolean> inArticle = new IdentityHashMap<>();

  /** Pages repeat a few class names thousands of times. */
  private final Map<String, Boolean> furnitureNames = new HashMap<>();

  private final Map<String, Boolean> articleNames = new HashMap<>();

  PageRegions(Document doc) {
    this.doc = doc;
    this.headline = headline(doc);
    if (headline != null) {
      headlineBlock.add(headline);
      headlineBlock.addAll(headline.parents());
    }
  }

  /** The headline's {@code <h1>}: the one that matches the page's title, else the first. */
  private static Element headline(Document doc) {
    String title = TextNorm.fold(doc.title());
    Element first = null;
    for (Element h1 : doc.select(HEADLINES)) {
      String text = TextNorm.fold(h1.text());
      if (text.length() >= 10 && title.contains(text)) {
        return h1;
      }
      if (first == null && !text.isEmpty()) {
        first = h1;
      }
    }
    return first;
  }

  /** True when {@code e} is inside (or is) page furniture, not the article. */
  boolean isFurniture(Element e) {
    if (e == null || e.tagName().equals("body") || e.tagName().equals("html")) {
      return false;
    }
    Boolean known = furniture.get(e);
    if (known == null) {
      known = isFurnitureItself(e) || isFurniture(e.parent());
      furniture.put(e, known);
    }
    return known;
  }

  private boolean isFurnitureItself(Element el) {
    String tag = el.tagName();
    if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(el.attr("role"))) {
      // Some articles put their byline in an <aside class="meta">: that one is the article's.
      return !holdsHeadline(el) && !(insideArticle(el) && META_NAME.matcher(el.className()).find());
    }
    // An article's own header and footer hold its byline; the site's hold a clock or ©.
    if (tag.equals("header") || tag.equals("footer")) {
      return !insideArticle(el) && !holdsHeadline(el);
    }
    // The headline's own block (its header, whatever the class names say) holds the byline.
    if (CONTENT_TAGS.contains(tag) || holdsHeadline(el) || besideHeadline(el)) {
      return false;
    }
    return furnitureNames.computeIfAbsent(el.className(), PageRegions::hasFurnitureName)
        || furnitureNames.computeIfAbsent(el.id(), PageRegions::hasFurnitureName)
        || siteHeader(el);
  }

  private boolean siteHeader(Element el) {
    String names = el.className() + " " + el.id();
    if (!mayNameSiteHeader(names) || insideArticle(el)) {
      return false;
    }
    for (String name : names.strip().split("\\s+")) {
      if (SITE_HEADER.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A cheap test before the split: most class names hold neither word. */
  private static boolean mayNameSiteHeader(String names) {
    String lower = names.toLowerCase(Locale.ROOT);
    return lower.contains("header") || lower.contains("footer");
  }

  private boolean holdsHeadline(Element el) {
    return headlineBlock.contains(el);
  }

  private boolean besideHeadline(Element el) {
    return headline != null && el.parent() != null && el.parent() == headline.parent();
  }

  private static boolean hasFurnitureName(String names) {
    String[] words = WORD_BREAK.split(names.strip());
    for (int i = 0; i < words.length; i++) {
      boolean state = i > 0 && STATE_WORDS.contains(words[i - 1].toLowerCase(Locale.ROOT));
      if (!state && FURNITURE_WORD.matcher(words[i]).matches()) {
        return true;
      }
    }
    return false;
  }

  /** True when an ancestor of {@code e} marks the article; known once for each element. */
  private boolean insideArticle(Element e) {
    Element parent = e.parent();
    if (parent == null) {
      return false;
    }
    Boolean known = inArticle.get(parent);
    if (known == null) {
      known = marksArticle(parent) || insideArticle(parent);
      inArticle.put(parent, known);
    }
    return known;
  }

  private boolean marksArticle(Element el) {
    return CONTENT_TAGS.contains(el.tagName())
        || el.attr("role").equals("main")
        || ARTICLE_TYPE.matcher(el.attr("itemtype")).find()
        || articleNames.computeIfAbsent(el.className(), n -> hasWord(n, ARTICLE_NAME));
  }

  private static boolean hasWord(String names, Pattern word) {
    for (String w : WORD_BREAK.split(names.strip())) {
      if (word.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The element holding the article: the {@code <article>} (or Article microdata) with the
   * headline; on a page without a headline the first article; else {@code <main>} when it holds the
   * headline; else the body.
   */
  Element article() {
    Element firstArticle = null;
    for (Element a : doc.select(ARTICLES)) {
      if (isFurniture(a)) {
        continue;
      }
      if (holdsHeadline(a)) {
        return a;
      }
      if (firstArticle == null) {
        firstArticle = a;
      }
    }
    // Articles beside a headline that none of them holds are teasers of other pages.
    if (firstArticle != null && headline == null) {
      return firstArticle;
    }
    Element main = first(doc.select(MAIN));
    return main != null && (headline == null || holdsHeadline(main)) ? main : doc.body();
  }

  /** The headline's {@code <h1>}, or null when the page has none. */
  Element headline() {
    return headline;
  }

  /** The page's first such element that is not furniture. */
  private Element first(List<Element> elements) {
    return elements.stream().filter(e -> !isFurniture(e)).findFirst().orElse(null);
  }
}
