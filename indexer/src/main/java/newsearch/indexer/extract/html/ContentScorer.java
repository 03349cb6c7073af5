package newsearch.indexer.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Own content scoring over the DOM: each text block counts for the elements that hold it, prose
 * (long, few links) for, link lists and short lines against; the element with the highest sum is
 * the article. Like a maximum-sum subtree, it takes in every paragraph of the article and stops
 * where menus and link lists begin.
 */
final class ContentScorer {

  /** Below this many words a block without sentence punctuation is a label, not prose. */
  static final int PROSE_WORDS = 10;

  private ContentScorer() {}

  /** The element whose blocks score highest, with those blocks; empty when nothing scores. */
  static Optional<Scored> best(Element body) {
    List<TextBlock> blocks = TextBlocks.of(body);
    Map<Element, Double> sums = new IdentityHashMap<>();
    for (TextBlock b : blocks) {
      double s = score(b);
      for (Element e = b.owner(); e != null; e = e.parent()) {
        sums.merge(e, s, Double::sum);
        if (e == body) {
          break;
        }
      }
    }
    Element best = null;
    double bestSum = 0;
    for (var entry : sums.entrySet()) {
      if (entry.getValue() > bestSum) {
        best = entry.getKey();
        bestSum = entry.getValue();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    var inBest = new ArrayList<TextBlock>();
    for (TextBlock b : blocks) {
      if (isUnder(b.owner(), best)) {
        inBest.add(b);
      }
    }
    return Optional.of(new Scored(best, inBest, bestSum));
  }

  /** What a block adds to the elements that hold it. */
  static double score(TextBlock b) {
    int chars = b.text().length();
    if (b.linkDensity() > 0.5) {
      return -chars;
    }
    if (b.words() >= PROSE_WORDS) {
      return chars * (1 - b.linkDensity());
    }
    return b.isHeading() ? 0 : -chars * 0.5;
  }

  /** A block that reads as a paragraph: long enough and mostly not links. */
  static boolean isProse(TextBlock b) {
    return b.words() >= PROSE_WORDS && b.linkDensity() <= 0.5;
  }

  private static boolean isUnder(Element e, Element ancestor) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The chosen element, its blocks and their score. */
  record Scored(Element element, List<TextBlock> blocks, double score) {}
}
