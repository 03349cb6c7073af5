package newsearch.indexer.extract.byline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsearch.indexer.extract.ElementText;
import newsearch.indexer.extract.TextNorm;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The byline an HTML page shows near its headline: an element the page marks as the author's
 * ({@code rel=author}, {@code itemprop=author}, a {@code byline} or {@code author} class), else a
 * line that reads as a byline. Navigation, sidebars, related lists and comments are not read: their
 * names are other stories' authors.
 */
final class PageBylines {

  /** A part of a class or id ({@code related-posts} → related, posts) that names furniture. */
  private static final Pattern FURNITURE_WORD =
      Pattern.compile(
          "(?i)related|recommend\\w*|comments?|sidebar|popular|trending|newsletter|promo|outbrain|breadcrumbs?"
              + "|taboola|widget|footer|more|read");

  /** What every {@link #FURNITURE_WORD} contains: a name without any of them names no furniture. */
  private static final List<String> FURNITURE_STEMS =
      List.of(
          "related",
          "recommend",
          "comment",
          "sidebar",
          "popular",
          "trending",
          "newsletter",
          "promo",
          "outbrain",
          "breadcrumb",
          "taboola",
          "widget",
          "footer",
          "more",
          "read");

  /**
   * A class that only says what is beside or inside it, not what it is: {@code has-sidebar}, {@code
   * comments-open}, {@code content-sidebar-wrap}.
   */
  private static final Pattern STATE_CLASS =
      Pattern.compile(
          "(?i)(?:has|no|with|is|show|sticky)[-_].*|.*[-_](?:wrap|wrapper|container|layout|content"
              + "|main|page|body|open|closed|left|right|active)");

  private static final Set<String> CONTENT_TAGS = Set.of("html", "body", "main", "article");
  private static final Pattern CLASS_PART = Pattern.compile("[-_]+|(?<=\\p{Ll})(?=\\p{Lu})");

  private static final Pattern AUTHOR_MARK = Pattern.compile("(?i).*(?:byline|author).*");
  private static final int MAX_ELEMENT_CHARS = 160;
  private static final int BELOW_HEADLINE = 30;
  private static final int ABOVE_HEADLINE = 4;
  private static final int WITHOUT_HEADLINE = 60;
  private static final int MIN_HEADLINE_CHARS = 8;
  private static final int MIN_TITLE_LINE_CHARS = 20;

  /** A marked element's text and the line it starts on; {@code person} for rel/itemprop author. */
  private record Marked(int line, String text, boolean person) {}

  private final List<String> lines = new ArrayList<>();
  private final List<Marked> marked = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private final List<Heading> headings = new ArrayList<>();
  private int headline = -1;

  /** Pages repeat a few class names thousands of times: each is judged once. */
  private final Map<String, Boolean> furnitureNames = new HashMap<>();

  /** A heading of the page and the line it is on. */
  private record Heading(int line, String text, boolean h1) {}

  private PageBylines() {}

  /**
   * The names of the byline nearest below the headline (empty when it credits no person): the
   * heading that {@code title} (the page's {@code og:title} or {@code <title>}) holds, else its
   * first {@code h1}.
   */
  static Optional<BylineLines.Byline> find(Element body, String outlet, String title) {
    var page = new PageBylines();
    page.read(body);
    page.headline = page.headline(TextNorm.fold(title == null ? "" : title));
    return page.nearest(outlet);
  }

  private int headline(String title) {
    for (Heading h : headings) {
      String text = TextNorm.fold(h.text());
      if (text.length() >= MIN_HEADLINE_CHARS && title.contains(text)) {
        return h.line();
      }
    }
    int h1 = headings.stream().filter(Heading::h1).mapToInt(Heading::line).findFirst().orElse(-1);
    for (int i = 0; i < lines.size() && h1 < 0; i++) {
      // A page without a heading element still shows its title on a line of its own.
      String text = TextNorm.fold(lines.get(i));
      if (text.length() >= MIN_TITLE_LINE_CHARS && title.contains(text)) {
        return i;
      }
    }
    return h1;
  }

  private Optional<BylineLines.Byline> nearest(String outlet) {
    int from = headline >= 0 ? headline : 0;
    int to = Math.min(lines.size(), from + (headline >= 0 ? BELOW_HEADLINE : WITHOUT_HEADLINE));
    for (int i = from; i < to; i++) {
      Optional<BylineLines.Byline> names = at(i, outlet);
      if (names.isPresent()) {
        return names;
      }
    }
    for (int i = headline - 1; headline >= 0 && i >= Math.max(0, headline - ABOVE_HEADLINE); i--) {
      Optional<BylineLines.Byline> names = at(i, outlet);
      if (names.isPresent()) {
        return names;
      }
    }
    return Optional.empty();
  }

  private Optional<BylineLines.Byline> at(int i, String outlet) {
    // The headline's own line is no byline, but an element may start there.
    for (Marked m : marked) {
      if (m.line() == i) {
        PersonNames.Parsed parsed = PersonNames.parse(m.text(), outlet, m.person(), false);
        Optional<BylineLines.Byline> byline = BylineLines.found(parsed, true);
        if (byline.isPresent()) {
          return byline;
        }
      }
    }
    return i < lines.size() && i != headline
        ? BylineLines.read(lines, i, outlet)
        : Optional.empty();
  }

  private void read(Element body) {
    body.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              line.append(t.text());
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
              return FilterResult.CONTINUE;
            }
            if (skipped(el)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (el.isBlock() || el.nameIs("br")) {
              flush();
            }
            if (el.nameIs("h1") || el.nameIs("h2")) {
              headings.add(new Heading(lines.size(), el.text(), el.nameIs("h1")));
            }
            boolean person =
                el.attr("rel").equalsIgnoreCase("author")
                    || el.attr("itemprop").equalsIgnoreCase("author");
            if (person || AUTHOR_MARK.matcher(el.className() + " " + el.id()).matches()) {
              String text = ElementText.shortText(el, MAX_ELEMENT_CHARS);
              if (!text.isEmpty()) {
                marked.add(new Marked(lines.size(), text, person));
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && el.isBlock()) {
              flush();
            }
            return FilterResult.CONTINUE;
          }
        });
    flush();
  }

  private boolean skipped(Element el) {
    String tag = el.normalName();
    return tag.equals("script")
        || tag.equals("style")
        || tag.equals("noscript")
        || tag.equals("template")
        || tag.equals("nav")
        || tag.equals("aside")
        || tag.equals("footer")
        || (!CONTENT_TAGS.contains(tag)
            && furnitureNames.computeIfAbsent(
                el.className() + " " + el.id(), PageBylines::furniture));
  }

  private static boolean furniture(String names) {
    if (!mayNameFurniture(names)) {
      return false; // most class names hold none of the words: the split below is spared
    }
    for (String name : names.split("\\s+")) {
      if (!name.isEmpty() && !STATE_CLASS.matcher(name).matches()) {
        for (String part : CLASS_PART.split(name)) {
          if (FURNITURE_WORD.matcher(part).matches()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean mayNameFurniture(String names) {
    String lower = names.toLowerCase(Locale.ROOT);
    for (String word : FURNITURE_STEMS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private void flush() {
    String text = TextNorm.clean(line.toString());
    if (!text.isEmpty()) {
      lines.add(text);
    }
    line.setLength(0);
  }
}
