package newsearch.server.search.lucene.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsearch.server.search.suggest.Suggestion;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The suggestions of one index reader, built when the reader opens so that they never disagree with
 * the articles it serves: Lucene's {@link AnalyzingSuggester}, an FST of every name and headline
 * phrase folded to lower case without accents ("zel" and "Zél" both reach "Zelensky"), weighted by
 * the live articles that hold it. Thread-safe once built.
 */
public final class IndexSuggester {

  /** The whole text as one token, lower case, accents folded. */
  private static final Analyzer FOLDED =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          var tokenizer = new KeywordTokenizer();
          TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
          return new TokenStreamComponents(tokenizer, stream);
        }
      };

  /** The most entries the suggester holds. */
  static final int MAX_ENTRIES = 100_000;

  private final AnalyzingSuggester suggester;
  private final int entries;
  private final long buildMillis;

  private IndexSuggester(AnalyzingSuggester suggester, int entries, long buildMillis) {
    this.suggester = suggester;
    this.entries = entries;
    this.buildMillis = buildMillis;
  }

  /** Counts and builds the suggestions of {@code reader}. */
  public static IndexSuggester build(IndexReader reader) throws IOException {
    return build(reader, MAX_ENTRIES);
  }

  static IndexSuggester build(IndexReader reader, int maxEntries) throws IOException {
    long start = System.nanoTime();
    long minCount = LiveTermCounts.minCountFor(reader, maxEntries);
    var suggester = new AnalyzingSuggester(new ByteBuffersDirectory(), "suggest", FOLDED);
    var counts = new LiveTermCounts(reader, minCount);
    suggester.build(counts);
    return new IndexSuggester(suggester, counts.entries(), (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * At most {@code size} suggestions starting with {@code prefix}, the most frequent first. A
   * phrase that reads as one of the names offered is left out.
   */
  public List<Suggestion> lookup(String prefix, int size) throws IOException {
    String typed = prefix.strip().replaceAll("\\s+", " ");
    if (typed.isEmpty() || entries == 0) {
      return List.of();
    }
    // Twice as many, so that dropping phrases that repeat a name still fills the list.
    List<LookupResult> found = suggester.lookup(typed, null, false, 2 * size);
    var out = new ArrayList<Suggestion>(size);
    Set<String> seen = new HashSet<>();
    for (LookupResult result : found) {
      String text = result.key.toString();
      if (seen.add(text.toLowerCase(Locale.ROOT)) && out.size() < size) {
        var kind =
            LiveTermCounts.NAME.equals(result.payload)
                ? Suggestion.Kind.NAME
                : Suggestion.Kind.PHRASE;
        out.add(new Suggestion(text, kind, Math.toIntExact(result.value)));
      }
    }
    return out;
  }

  /** How many names and phrases the suggester holds. */
  public int entries() {
    return entries;
  }

  /** How long counting and building took. */
  public long buildMillis() {
    return buildMillis;
  }
}
