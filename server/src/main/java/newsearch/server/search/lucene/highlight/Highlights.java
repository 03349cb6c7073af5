package newsearch.server.search.lucene.highlight;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks query matches with Lucene's unified highlighter. All text comes back HTML-escaped; the only
 * markup is {@code <mark>}.
 */
public final class Highlights {

  /** A hit's headline, whole, and its body snippet: escaped, matches in {@code <mark>}. */
  public record Marked(String headline, String snippet) {}

  /** A snippet's visible length, about. */
  private static final int SNIPPET_CHARS = 300;

  private static final int SNIPPET_GOAL = 220;
  private static final int MAX_ANALYZED_CHARS = 50_000;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  public Highlights(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  /** The marked headline and body snippet of each doc, in the order of {@code docIds}. */
  public List<Marked> forHits(Query query, int[] docIds) throws IOException {
    // One highlighter for both fields, so each hit's stored fields are read and decompressed
    // once, not once per field: in a profile, LZ4 decompression was the top frame.
    var highlighter =
        new HeadlineTakesBodyTerms(builder(WholeBreakIterator::new, MAX_ANALYZED_CHARS)) {
          @Override
          protected BreakIterator getBreakIterator(String field) {
            return field.equals(IndexSchema.BODY)
                ? LengthGoalBreakIterator.createClosestToLength(
                    new SentenceBreaks(), SNIPPET_GOAL, 0.33f)
                : new WholeBreakIterator();
          }
        };
    Map<String, String[]> marked =
        highlighter.highlightFields(
            new String[] {IndexSchema.HEADLINE, IndexSchema.BODY}, query, docIds, new int[] {1, 1});
    var out = new ArrayList<Marked>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      out.add(
          new Marked(
              marked.get(IndexSchema.HEADLINE)[i],
              Snippets.trim(marked.get(IndexSchema.BODY)[i], SNIPPET_CHARS)));
    }
    return out;
  }

  /** The whole text of one field of one doc, escaped, with matches marked. */
  public String whole(String field, Query query, int docId, int length) throws IOException {
    String[] text =
        new HeadlineTakesBodyTerms(builder(WholeBreakIterator::new, length + 1))
            .highlightFields(new String[] {field}, query, new int[] {docId}, new int[] {1})
            .get(field);
    return text[0];
  }

  private UnifiedHighlighter.Builder builder(Supplier<BreakIterator> breaks, int maxLength) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(breaks)
        .withMaxLength(maxLength)
        // With no match in a field, show its opening instead of nothing.
        .withMaxNoHighlightPassages(1);
  }

  /**
   * Words are searched in the body field, whose postings hold the headline too (IndexSchema.BODY):
   * the headline is marked with the body's query terms as well as its own. Weight matches would
   * only report the field the query names, so the headline takes terms and phrases instead.
   */
  private static class HeadlineTakesBodyTerms extends UnifiedHighlighter {

    HeadlineTakesBodyTerms(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    @Override
    protected Predicate<String> getFieldMatcher(String field) {
      return field.equals(IndexSchema.HEADLINE)
          ? name -> name.equals(IndexSchema.HEADLINE) || name.equals(IndexSchema.BODY)
          : super.getFieldMatcher(field);
    }

    @Override
    protected Set<HighlightFlag> getFlags(String field) {
      if (!field.equals(IndexSchema.HEADLINE)) {
        return super.getFlags(field);
      }
      var flags = EnumSet.noneOf(HighlightFlag.class);
      flags.addAll(super.getFlags(field));
      flags.remove(HighlightFlag.WEIGHT_MATCHES);
      return flags;
    }
  }
}
