package newsearch.server.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.index.IndexSchema;
import newsearch.server.search.query.QueryNode;
import newsearch.server.search.query.UserQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word of a query that no article holds, replaced by the nearest word the
 * index holds (Lucene's {@link DirectSpellChecker} over the body's terms, the more frequent first),
 * spelled as the articles spell it.
 */
final class Corrections {

  /** Shorter words have too many neighbours one edit away to guess among them. */
  private static final int MIN_WORD = 4;

  private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]$");

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final DirectSpellChecker spell = new DirectSpellChecker();

  Corrections(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    spell.setMinQueryLength(MIN_WORD);
  }

  /**
   * {@code text} with its unknown words corrected; empty when none is unknown or none has a fix.
   */
  Optional<String> of(UserQuery parsed, String text) throws IOException {
    String corrected = text;
    boolean changed = false;
    for (String word : words(parsed.query().orElse(parsed.words()))) {
      Optional<String> fix = fix(word);
      if (fix.isPresent()) {
        Matcher m =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(corrected);
        if (m.find()) {
          corrected = corrected.substring(0, m.start()) + fix.get() + corrected.substring(m.end());
          changed = true;
        }
      }
    }
    return changed ? Optional.of(corrected) : Optional.empty();
  }

  /** The plain words of the query that a correction may replace: not excluded, not exact. */
  private static List<String> words(QueryNode node) {
    var words = new ArrayList<String>();
    collect(node, words);
    return words;
  }

  private static void collect(QueryNode node, List<String> out) {
    switch (node) {
      case QueryNode.Term t when !t.exact() -> out.add(t.text());
      case QueryNode.Group g ->
          g.clauses().stream()
              .filter(c -> c.modifier() != QueryNode.Modifier.PROHIBITED)
              .forEach(c -> collect(c.query(), out));
      case QueryNode.AtLeast a -> a.queries().forEach(q -> collect(q, out));
      case QueryNode.Boost b -> collect(b.query(), out);
      default -> {}
    }
  }

  private Optional<String> fix(String word) throws IOException {
    List<String> terms = terms(word);
    if (terms.size() != 1 || word.length() < MIN_WORD) {
      return Optional.empty();
    }
    var term = new Term(IndexSchema.BODY, terms.get(0));
    IndexReader reader = searcher.getIndexReader();
    if (reader.docFreq(term) > 0) {
      return Optional.empty();
    }
    SuggestWord[] found =
        spell.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return found.length == 0 ? Optional.empty() : spelling(found[0].string);
  }

  /** What analysis makes of {@code word} in the body field. */
  private List<String> terms(String word) throws IOException {
    var terms = new ArrayList<String>();
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, word)) {
      var term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  /**
   * The index holds stems ({@code zelenski}): the word shown is the commonest spelling of that stem
   * in an article holding it, read back through the analyzer's offsets.
   */
  private Optional<String> spelling(String stem) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.BODY, stem)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    String body = searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexSchema.BODY);
    if (body == null) {
      return Optional.empty();
    }
    Map<String, Integer> spellings = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, body)) {
      var term = ts.addAttribute(CharTermAttribute.class);
      var offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.toString().equals(stem)) {
          String seen = body.substring(offset.startOffset(), offset.endOffset());
          seen = POSSESSIVE.matcher(seen).replaceAll("").toLowerCase(Locale.ROOT);
          spellings.merge(seen, 1, Integer::sum);
        }
      }
      ts.end();
    }
    return spellings.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }
}
