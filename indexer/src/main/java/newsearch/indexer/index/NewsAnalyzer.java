package newsearch.indexer.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer for headline and body text.
 *
 * <p>English news is the bulk of the corpus, so: Unicode word breaking (StandardTokenizer),
 * possessives dropped ("Russia's" finds "Russia"), lower case, accents folded so that "Zelenskyy"
 * in one outlet and "Zelenskýy" in another meet, English stop words removed and Porter stemming
 * ("negotiations" finds "negotiate"). This is the chain Anserini uses for its BM25 baselines, so
 * ranking figures are comparable. Folding before stop words keeps "Hôtel"-style words intact.
 */
public final class NewsAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    var tokenizer = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** Between the values of one field (headline, body): no phrase matches across them. */
  static final int POSITION_GAP = 100;

  /** The name of this chain among an OpenSearch index's analyzers. */
  public static final String NAME = "news";

  /** The name of its normalizer (wildcard and fuzzy terms; keyword values folded alike). */
  public static final String FOLDED = "folded";

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return POSITION_GAP;
  }

  /**
   * The same chain as an OpenSearch index's analysis settings: filter for filter what {@link
   * #createComponents} builds (OpenSearch's {@code stop} filter defaults to Lucene's English stop
   * set), and the normalizer {@link #normalize} is.
   */
  static Map<String, Object> openSearchAnalysis() {
    return Map.of(
        "filter",
        Map.of("possessive", Map.of("type", "stemmer", "language", "possessive_english")),
        "analyzer",
        Map.of(
            NAME,
            Map.of(
                "type",
                "custom",
                "tokenizer",
                "standard",
                "filter",
                List.of("possessive", "lowercase", "asciifolding", "stop", "porter_stem"),
                "position_increment_gap",
                POSITION_GAP)),
        "normalizer",
        Map.of(FOLDED, Map.of("type", "custom", "filter", List.of("lowercase", "asciifolding"))));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Wildcard and fuzzy terms are not analyzed, only normalized: fold them the same way.
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
