package newsearch.indexer.extract.text;

import newsearch.indexer.extract.text.LineClassifier.Kind;

/**
 * One paragraph of a page (a line, or lines that a dump broke apart), cleaned of odd spaces, with
 * its position, what it looks like, and whether it was a list item.
 */
record PageLine(int index, String text, Kind kind, boolean item) {

  PageLine(int index, String text, Kind kind) {
    this(index, text, kind, false);
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
