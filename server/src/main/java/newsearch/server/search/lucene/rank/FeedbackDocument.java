package newsearch.server.search.lucene.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;

/**
 * The most frequent usable terms of one feedback article. The index keeps no term vectors, so the
 * stored headline and body are analyzed again, as the body field's postings hold them (the body,
 * then the headline {@link IndexSchema#HEADLINE_REPEATS} times): for ten articles that costs well
 * under a millisecond each, and the index stays as it is.
 *
 * @param counts each kept term's count in the article
 * @param total the sum of the kept counts: the article's length as the relevance model sees it
 */
record FeedbackDocument(Map<String, Integer> counts, long total) {

  /**
   * Only the start of a very long body is read: its topic is set out there, and the cost of a
   * search stays bounded whatever an article's length.
   */
  static final int MAX_BODY_CHARS = 20_000;

  private static final int MIN_TERM_CHARS = 2;
  private static final int MAX_TERM_CHARS = 20;

  private static final Set<String> FIELDS = Set.of(IndexSchema.HEADLINE, IndexSchema.BODY);

  /**
   * The article's {@code keep} most frequent terms that are words (letters and digits, 2 to 20 of
   * them) and found in at most {@code maxDocShare} of the index's articles (more common terms say
   * nothing of a topic: this replaces a stop list made for one collection).
   */
  static FeedbackDocument read(
      IndexReader reader,
      StoredFields stored,
      Analyzer analyzer,
      int docId,
      int keep,
      float maxDocShare)
      throws IOException {
    Document doc = stored.document(docId, FIELDS);
    var all = new HashMap<String, Integer>();
    String body = doc.get(IndexSchema.BODY);
    if (body != null) {
      count(analyzer, body.substring(0, Math.min(body.length(), MAX_BODY_CHARS)), 1, all);
    }
    String headline = doc.get(IndexSchema.HEADLINE);
    if (headline != null) {
      count(analyzer, headline, IndexSchema.HEADLINE_REPEATS, all);
    }
    var byCount = new ArrayList<>(all.entrySet());
    byCount.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    // Document frequencies are looked up only until enough terms are kept: a few dozen seeks.
    long maxDocs = (long) Math.floor(maxDocShare * reader.numDocs());
    var counts = new HashMap<String, Integer>();
    long total = 0;
    for (Map.Entry<String, Integer> e : byCount) {
      if (counts.size() == keep) {
        break;
      }
      if (isWord(e.getKey()) && reader.docFreq(new Term(IndexSchema.BODY, e.getKey())) <= maxDocs) {
        counts.put(e.getKey(), e.getValue());
        total += e.getValue();
      }
    }
    return new FeedbackDocument(Map.copyOf(counts), total);
  }

  private static void count(Analyzer analyzer, String text, int times, Map<String, Integer> counts)
      throws IOException {
    try (TokenStream tokens = analyzer.tokenStream(IndexSchema.BODY, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        counts.merge(term.toString(), times, Integer::sum);
      }
      tokens.end();
    }
  }

  private static boolean isWord(String term) {
    return term.length() >= MIN_TERM_CHARS
        && term.length() <= MAX_TERM_CHARS
        && term.codePoints().allMatch(Character::isLetterOrDigit);
  }

  /** The share of the article's kept terms that are {@code term}: P(w|D). */
  double probability(String term) {
    return total == 0 ? 0 : counts.getOrDefault(term, 0) / (double) total;
  }

  List<String> terms() {
    return List.copyOf(counts.keySet());
  }
}
