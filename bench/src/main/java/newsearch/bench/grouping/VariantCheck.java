package newsearch.bench.grouping;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.names.NameKey;
import newsearch.indexer.names.NameTerms;
import newsearch.indexer.names.NameVariants;
import newsearch.indexer.names.VariantsFile;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** The name variants an index holds, and the false-match rate on judged pairs. */
final class VariantCheck {

  private VariantCheck() {}

  /** Keys with two or more name-like spellings, each with its spellings, most used first. */
  static Map<String, List<String>> groups(DirectoryReader reader) throws IOException {
    var variants = new NameVariants(reader, VariantsFile.parse(List.of(), null, null));
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.NAMES);
    var out = new LinkedHashMap<String, List<String>>();
    if (terms == null) {
      return out;
    }
    TermsEnum te = terms.iterator();
    String last = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String s = t.utf8ToString();
      String key = s.substring(0, s.indexOf(NameTerms.SEPARATOR));
      if (key.equals(last)) {
        continue;
      }
      last = key;
      if (te.docFreq() > 0) {
        // Peek with a fresh enum so that this one keeps its place.
        List<String> spellings = variants.sameKey(key);
        if (spellings.size() > 1) {
          out.put(key, spellings);
        }
      }
    }
    return out;
  }

  static void run(DirectoryReader reader, List<String> judgedFiles, PrintStream out)
      throws IOException {
    Map<String, List<String>> groups = groups(reader);
    int pairs = groups.values().stream().mapToInt(g -> g.size() * (g.size() - 1) / 2).sum();
    out.printf(
        "%nName variants: %,d keys with two or more spellings used as names, %,d pairs.%n",
        groups.size(), pairs);
    Analyzer analyzer = new IndexSchema().analyzer();
    for (String file : judgedFiles) {
      List<String[]> rows = LabelledPairs.read(file);
      if (rows.isEmpty()) {
        continue;
      }
      int folded = 0;
      int wrong = 0;
      long weight = 0;
      long wrongWeight = 0;
      for (String[] r : rows) {
        String a = NameKey.of(analyze(analyzer, r[0]));
        if (a.isEmpty() || !a.equals(NameKey.of(analyze(analyzer, r[1])))) {
          continue;
        }
        long w = Long.parseLong(r[2]) + Long.parseLong(r[3]);
        folded++;
        weight += w;
        if (r[4].equals("0")) {
          wrong++;
          wrongWeight += w;
        }
      }
      out.printf(
          "%s: %d judged pairs, %d folded by the current rules, %d of them different names:"
              + " false-match rate %.1f %% of pairs, %.1f %% weighted by occurrences.%n",
          file,
          rows.size(),
          folded,
          wrong,
          100.0 * wrong / Math.max(1, folded),
          100.0 * wrongWeight / Math.max(1, weight));
    }
  }

  /** Prints {@code n} random pairs of spellings under one key, with their articles as names. */
  static void sample(DirectoryReader reader, int n, long seed, PrintStream out) throws IOException {
    var all = new ArrayList<String[]>();
    for (var entry : groups(reader).entrySet()) {
      List<String> g = entry.getValue();
      for (int i = 0; i < g.size(); i++) {
        for (int j = i + 1; j < g.size(); j++) {
          all.add(new String[] {entry.getKey(), g.get(i), g.get(j)});
        }
      }
    }
    Collections.shuffle(all, new Random(seed));
    out.printf(
        "%nRandom variant pairs (seed %d): word, variant, articles with each as a name%n", seed);
    for (String[] p : all.subList(0, Math.min(n, all.size()))) {
      out.printf("%s\t%s\t%d\t%d%n", p[1], p[2], df(reader, p[0], p[1]), df(reader, p[0], p[2]));
    }
  }

  private static int df(DirectoryReader reader, String key, String term) throws IOException {
    return reader.docFreq(new Term(IndexSchema.NAMES, key + NameTerms.SEPARATOR + term));
  }

  private static String analyze(Analyzer analyzer, String word) throws IOException {
    try (TokenStream stream = analyzer.tokenStream(IndexSchema.BODY, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String first = stream.incrementToken() ? term.toString() : "";
      stream.end();
      return first;
    }
  }
}
