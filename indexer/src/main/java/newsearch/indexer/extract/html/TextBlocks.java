package newsearch.indexer.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Splits an element into the text blocks a reader sees (paragraphs, headings, list items), leaving
 * out furniture, as text with a blank line between blocks.
 */
final class TextBlocks {

  /** Elements that start a new block; everything else flows into the current one. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "br",
          "hr",
          "form",
          "center",
          "address",
          "details",
          "summary",
          "figure",
          "body");

  private final List<TextBlock> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private String blockTag = "div";
  private Element owner;

  private TextBlocks() {}

  /** The blocks of {@code root}, without what {@link Furniture#mark} marked. */
  static List<TextBlock> of(Element root) {
    var walker = new TextBlocks();
    walker.owner = root;
    walker.walk(root);
    walker.flush();
    return walker.blocks;
  }

  /** Blocks joined as the body: a blank line between paragraphs. */
  static String join(List<TextBlock> blocks) {
    var out = new StringBuilder();
    for (TextBlock b : blocks) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(b.text());
    }
    return out.toString();
  }

  private void walk(Element e) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        append(t.text());
      } else if (child instanceof Element c) {
        if (isLeftOut(c)) {
          continue;
        }
        String tag = c.normalName();
        boolean block = BLOCK_TAGS.contains(tag);
        String outerTag = blockTag;
        Element outerOwner = owner;
        if (block) {
          flush();
          blockTag = tag;
          owner = c;
        }
        boolean link = tag.equals("a");
        if (link) {
          linkDepth++;
        }
        walk(c);
        if (link) {
          linkDepth--;
          append(" ");
        }
        if (block) {
          flush();
          blockTag = outerTag;
          owner = outerOwner;
        } else if (tag.equals("img")) {
          append(" ");
        }
      }
    }
  }

  private static boolean isLeftOut(Element c) {
    return c.hasAttr(Furniture.MARK);
  }

  private void append(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean space = Character.isWhitespace(ch) || ch == '\u00a0';
      if (space) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      } else {
        text.append(ch);
        if (linkDepth > 0) {
          linkChars++;
        }
      }
    }
  }

  private void flush() {
    String t = text.toString().strip();
    if (!t.isEmpty()) {
      blocks.add(new TextBlock(t, Math.min(linkChars, t.length()), blockTag, owner));
    }
    text.setLength(0);
    linkChars = 0;
  }
}
