package newsearch.indexer.names;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The other spellings of a name in one index: the terms that share its {@link NameKey} in the names
 * field, plus its groups in the {@link VariantsFile}. Only words the archive uses as names take
 * part: a word that appears capitalized in the middle of a sentence in at least half the articles
 * that have it ({@code Hyde} yes, {@code hide} no). Cheap: one seek in the term dictionary per
 * word.
 */
public final class NameVariants {

  /** Share of a word's articles in which it is written as a name, from which it counts as one. */
  static final double NAME_SHARE = 0.5;

  /** At most this many variants per word, the most used first. */
  public static final int MAX_VARIANTS = 8;

  private final IndexReader reader;
  private final VariantsFile file;
  private final Terms names;

  public NameVariants(IndexReader reader, VariantsFile file) throws IOException {
    this.reader = reader;
    this.file = file;
    this.names = MultiTerms.getTerms(reader, IndexSchema.NAMES);
  }

  /** The other spellings of an analyzed body term, most used first; empty for most words. */
  public List<String> of(String term) throws IOException {
    Set<String> out = new LinkedHashSet<>(file.others(term));
    String key = NameKey.of(term);
    if (names != null && !key.isEmpty() && isName(key, term)) {
      out.addAll(sameKey(key));
    }
    out.remove(term);
    return out.stream().limit(MAX_VARIANTS).toList();
  }

  /** Every name-like term under {@code key}, most articles first. */
  public List<String> sameKey(String key) throws IOException {
    var found = new ArrayList<String>();
    var counts = new ArrayList<Integer>();
    var prefix = new BytesRef(key + NameTerms.SEPARATOR);
    TermsEnum te = names.iterator();
    if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
      String term = t.utf8ToString().substring(prefix.length);
      int asName = te.docFreq();
      if (asName >= NAME_SHARE * reader.docFreq(new Term(IndexSchema.BODY, term))) {
        found.add(term);
        counts.add(asName);
      }
    }
    var order = new ArrayList<Integer>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(counts::get).reversed());
    return order.stream().map(found::get).toList();
  }

  /**
   * How much a match of {@code variant} should count against one of {@code term}: BM25 weighs a
   * word by its rarity (idf), so a rare misspelling would outrank the spelling searched. This
   * scales the variant's weight to the searched word's idf, so that only {@code weight} of a match
   * remains.
   */
  public float weight(String term, String variant, float weight) throws IOException {
    return (float) (weight * idf(term) / idf(variant));
  }

  private double idf(String term) throws IOException {
    long n = reader.numDocs();
    long df = reader.docFreq(new Term(IndexSchema.BODY, term));
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private boolean isName(String key, String term) throws IOException {
    int asName = reader.docFreq(new Term(IndexSchema.NAMES, key + NameTerms.SEPARATOR + term));
    return asName > 0 && asName >= NAME_SHARE * reader.docFreq(new Term(IndexSchema.BODY, term));
  }
}
