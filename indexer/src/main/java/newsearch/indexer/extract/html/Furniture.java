package newsearch.indexer.extract.html;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Page furniture: elements that are never article text (menus, share bars, captions, comments,
 * newsletter and "read more" blocks), told by their tag, their ARIA role and the words of their
 * class and id.
 */
final class Furniture {

  /** Tags whose content is never article prose. */
  private static final Set<String> TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "iframe",
          "object",
          "embed",
          "button",
          "select",
          "input",
          "textarea",
          "label",
          "nav",
          "aside",
          "footer",
          "figure",
          "figcaption",
          "picture",
          "video",
          "audio",
          "canvas",
          "dialog",
          "menu",
          "head",
          "title",
          "meta",
          "link");

  private static final Set<String> ROLES =
      Set.of("navigation", "complementary", "contentinfo", "banner", "dialog", "alert", "menu");

  /** Words of a class or id that name furniture; matched as whole words, so "ad" is not "head". */
  private static final Set<String> NAME_WORDS =
      Set.of(
          "share",
          "sharing",
          "social",
          "related",
          "recommended",
          "recommendations",
          "newsletter",
          "comment",
          "comments",
          "promo",
          "advert",
          "advertisement",
          "ad",
          "ads",
          "cookie",
          "cookies",
          "subscribe",
          "subscription",
          "breadcrumb",
          "breadcrumbs",
          "menu",
          "nav",
          "navbar",
          "sidebar",
          "trending",
          "popular",
          "caption",
          "credit",
          "credits",
          "tags",
          "byline",
          "footer",
          "masthead",
          "signup",
          "popup",
          "banner",
          "toolbar",
          "print",
          "outbrain",
          "taboola",
          "disqus",
          "sponsored",
          "respond",
          "replies",
          "discussion");

  /** Longer text beside an image is a paragraph with a picture, not a caption. */
  private static final int CAPTION_CHARS = 400;

  private static final Set<String> COMMENT_WORDS =
      Set.of("comment", "comments", "disqus", "respond", "replies", "discussion");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  /** The mark {@link #mark} leaves, kept by Readability, which drops class and style. */
  static final String MARK = "data-newsearch-furniture";

  private Furniture() {}

  /**
   * Marks the furniture under {@code root} so that it is left out of the body whichever element is
   * chosen. An element named or tagged as furniture that holds more than half of the page's prose
   * is not marked: layout wrappers are sometimes named for their sidebar or a sticky plugin.
   * Comments are marked whatever they hold, since they can outweigh the article.
   */
  static void mark(Element root) {
    Map<Element, Integer> prose = new IdentityHashMap<>();
    int total = 0;
    for (TextBlock b : TextBlocks.of(root)) {
      if (ContentScorer.isProse(b)) {
        total += b.text().length();
        for (Element e = b.owner(); e != null && e != root; e = e.parent()) {
          prose.merge(e, b.text().length(), Integer::sum);
        }
      }
    }
    markUnder(root, prose, total / 2);
  }

  private static void markUnder(Element e, Map<Element, Integer> prose, int guard) {
    for (Element c : e.children()) {
      if (is(c) && (isComments(c) || prose.getOrDefault(c, 0) <= guard)) {
        c.attr(MARK, "");
      } else {
        markUnder(c, prose, guard);
      }
    }
  }

  /** True when the tag, role, visibility or name of {@code e} says it is not article text. */
  static boolean is(Element e) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body")) {
      return false;
    }
    return TAGS.contains(tag)
        || e.hasAttr("hidden")
        || e.attr("aria-hidden").equals("true")
        || ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
        || HIDDEN_STYLE.matcher(e.attr("style")).find()
        || isNamed(e)
        || isFigureLike(e);
  }

  /** Captions written without {@code <figure>}: an image and a line or two beside it. */
  static boolean isFigureLike(Element e) {
    if (e.normalName().equals("p") || e.childrenSize() > 3) {
      return false;
    }
    boolean image = false;
    for (Element c : e.children()) {
      image |= c.normalName().equals("img") || c.normalName().equals("picture");
    }
    return image && e.text().length() < CAPTION_CHARS;
  }

  /** True when the element's class or id names a comment section. */
  static boolean isComments(Element e) {
    return hasWord(e.className(), COMMENT_WORDS) || hasWord(e.id(), COMMENT_WORDS);
  }

  /** True when a word of the element's class or id names furniture. */
  static boolean isNamed(Element e) {
    return hasWord(e.className(), NAME_WORDS) || hasWord(e.id(), NAME_WORDS);
  }

  /** Splits at non-letters and at camelCase humps by hand: this runs for every element. */
  private static boolean hasWord(String name, Set<String> words) {
    int start = 0;
    for (int i = 1; i <= name.length(); i++) {
      boolean end =
          i == name.length()
              || !Character.isLetterOrDigit(name.charAt(i))
              || (Character.isUpperCase(name.charAt(i))
                  && Character.isLowerCase(name.charAt(i - 1)));
      if (end) {
        if (i > start
            && Character.isLetterOrDigit(name.charAt(start))
            && words.contains(name.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = i < name.length() && !Character.isLetterOrDigit(name.charAt(i)) ? i + 1 : i;
      }
    }
    return false;
  }
}
