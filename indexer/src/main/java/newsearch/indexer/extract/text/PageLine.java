package newsearch.indexer.extract.text;

import newsearch.indexer.extract.text.LineClassifier.Kind;

/** One line of a page, cleaned of odd spaces, with its position and what it looks like. */
record PageLine(int index, String text, Kind kind) {

  boolean is(Kind k) {
    return kind == k;
  }
}
