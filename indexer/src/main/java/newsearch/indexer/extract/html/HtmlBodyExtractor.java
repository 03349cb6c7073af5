package newsearch.indexer.extract.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article body of a parsed HTML page. Furniture is marked and removed first; then two
 * candidates are built, Readability's article element and the own content scorer's, both cut into
 * blocks and cleaned the same way. Readability's is kept unless it found almost nothing the own
 * scorer found; JSON-LD {@code articleBody} is the last resort. Confidence comes from how far the
 * independent candidates agree.
 */
public final class HtmlBodyExtractor {

  // Parsed once: jsoup parses a selector string again on every call, for every page.
  private static final Evaluator MARKED = QueryParser.parse("[" + Furniture.MARK + "]");

  /**
   * Readability loses to the own scorer only when its prose is under this share of the scorer's: it
   * is the better of the two on most pages, and fails by returning next to nothing.
   */
  private static final double MIN_PROSE_SHARE = 0.3;

  /** Below this share of the JSON-LD body's length, the DOM's prose is a part of the article. */
  private static final double JSON_LD_SHARE = 0.5;

  /** The confidence of a body that no second method could check. */
  private static final double UNCONFIRMED = 0.5;

  /** The body of {@code doc}; {@code url} is the page's own address, may be empty. */
  public BodyExtraction extract(Document doc, String url) {
    Element body = doc.body();
    if (body == null) {
      return BodyExtraction.NONE;
    }
    Optional<String> jsonLd = JsonLdBody.of(doc).map(HtmlBodyExtractor::plainText);
    Furniture.mark(body);
    OtherArticles.mark(doc);
    // Both candidates skip marked elements; removing them also spares Readability their cost.
    body.select(MARKED).remove();
    List<TextBlock> own =
        ContentScorer.best(body).map(s -> BlockFilter.keep(s.blocks())).orElse(List.of());
    List<TextBlock> readability =
        ReadabilityCandidate.of(doc, url)
            .map(e -> BlockFilter.keep(TextBlocks.of(e)))
            .orElse(List.of());
    List<TextBlock> chosen = prose(readability) >= MIN_PROSE_SHARE * prose(own) ? readability : own;
    String method = chosen == readability ? "readability" : "dom-score";
    // The page may carry the whole text only in its JSON-LD (rendered by script, or cut to a
    // teaser in the DOM): it wins when the DOM shows less than half of its length in prose.
    if (jsonLd.isPresent() && prose(chosen) < JSON_LD_SHARE * jsonLd.get().length()) {
      return new BodyExtraction(jsonLd.get(), "jsonld", UNCONFIRMED);
    }
    if (chosen.isEmpty()) {
      return BodyExtraction.NONE;
    }
    String text = TextBlocks.join(chosen);
    List<TextBlock> other = chosen == own ? readability : own;
    // A candidate with no prose confirms nothing and refutes nothing: the text is unconfirmed.
    double agreement = prose(other) == 0 ? UNCONFIRMED : Agreement.of(text, TextBlocks.join(other));
    if (jsonLd.isPresent()) {
      agreement = Math.max(agreement, Agreement.of(text, jsonLd.get()));
    }
    // Lines that are not prose (labels, bylines, link lines) are where leftover furniture hides.
    double proseShare = text.isEmpty() ? 0 : Math.min(1.0, (double) prose(chosen) / text.length());
    return new BodyExtraction(text, method, agreement * proseShare);
  }

  /** JSON-LD bodies sometimes hold HTML: its text, paragraphs kept, is what counts. */
  private static String plainText(String s) {
    return s.indexOf('<') < 0
        ? s
        : TextBlocks.join(TextBlocks.of(Jsoup.parseBodyFragment(s).body()));
  }

  private static int prose(List<TextBlock> blocks) {
    int n = 0;
    for (TextBlock b : blocks) {
      if (ContentScorer.isProse(b)) {
        n += b.text().length();
      }
    }
    return n;
  }
}
