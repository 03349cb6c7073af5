package newsearch.bench.grouping;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.story.MinHash;
import newsearch.indexer.story.StoryClustering;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Precision and recall of the index's story ids on pairs judged by reading. */
final class DuplicateCheck {

  private DuplicateCheck() {}

  /** Counts of one group of pairs: true/false positives/negatives. */
  private static final class Counts {
    int tp;
    int fp;
    int fn;
    int tn;
    int missing;

    void add(boolean truth, boolean predicted) {
      if (truth && predicted) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (truth) {
        fn++;
      } else {
        tn++;
      }
    }

    @Override
    public String toString() {
      return String.format(
          "%4d %4d %4d %4d  precision %s  recall %s%s",
          tp,
          fp,
          fn,
          tn,
          tp + fp == 0 ? "  n/a" : String.format("%.2f", tp / (double) (tp + fp)),
          tp + fn == 0 ? "  n/a" : String.format("%.2f", tp / (double) (tp + fn)),
          missing > 0 ? "  (" + missing + " pairs not in the index)" : "");
    }
  }

  static void run(DirectoryReader reader, List<String[]> pairs, PrintStream out)
      throws IOException {
    var searcher = new IndexSearcher(reader);
    var byStratum = new LinkedHashMap<String, Counts>();
    var all = new Counts();
    var direct = new Counts();
    for (String[] p : pairs) {
      Counts c = byStratum.computeIfAbsent(p[2], s -> new Counts());
      int a = doc(searcher, p[0]);
      int b = doc(searcher, p[1]);
      if (a < 0 || b < 0) {
        c.missing++;
        all.missing++;
        continue;
      }
      boolean truth = p[3].equals("1");
      boolean sameStory = story(reader, a) == story(reader, b);
      c.add(truth, sameStory);
      all.add(truth, sameStory);
      direct.add(truth, StoryClustering.same(signature(reader, a), signature(reader, b)));
    }
    out.printf("%nDuplicate detection on %d labelled pairs (same story id):%n", pairs.size());
    out.printf("%-24s %4s %4s %4s %4s%n", "stratum", "TP", "FP", "FN", "TN");
    byStratum.forEach((s, c) -> out.printf("%-24s %s%n", s, c));
    out.printf("%-24s %s%n", "all", all);
    out.printf("%-24s %s%n", "all (pair's own MinHash)", direct);
  }

  private static int doc(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(IndexSchema.idTerm(id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  private static long story(DirectoryReader reader, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    NumericDocValues values = leaf.reader().getNumericDocValues(IndexSchema.STORY);
    return values != null && values.advanceExact(doc - leaf.docBase) ? values.longValue() : doc;
  }

  private static MinHash signature(DirectoryReader reader, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexSchema.MINHASH);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    var bytes = values.binaryValue();
    return MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length);
  }
}
