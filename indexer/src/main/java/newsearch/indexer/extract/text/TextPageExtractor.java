package newsearch.indexer.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.text.LineClassifier.Kind;
import newsearch.indexer.extract.title.OutletVotes;
import newsearch.indexer.extract.title.TextOutlets;
import newsearch.indexer.extract.title.TitleLines;
import newsearch.indexer.furniture.Furniture;
import newsearch.indexer.model.ArticleDate;

/**
 * Extracts headline, date, source and body from the text of a scraped page: a pure function of the
 * page text and the bundled {@link BoilerplatePhrases}.
 *
 * <p>Each line is classified by its shape ({@link LineClassifier}); the largest coherent run of
 * prose before the page's lists of other articles is the body ({@link BodyFinder}); headline, date
 * and source are looked for around it ({@link HeadlineFinder}, {@link PublicationDateFinder},
 * {@link SourceFinder}).
 */
public final class TextPageExtractor {

  // The headline sits just above the article; further up are menus and lists.
  private static final int HEADLINE_WINDOW = 12;

  private final BoilerplatePhrases phrases;
  private final LineClassifier classifier;
  private final BodyFinder bodies = new BodyFinder();
  private final HeadlineFinder headlines;
  private final PublicationDateFinder dates;
  private final SourceFinder sources;
  private final SentenceRepair repair;
  private final Furniture furniture;
  private final ParagraphJoiner joiner = new ParagraphJoiner(StopWords.defaults());

  public TextPageExtractor() {
    this(BoilerplatePhrases.defaults(), Furniture.none());
  }

  /** An extractor that also knows a corpus's furniture. */
  public TextPageExtractor(Furniture furniture) {
    this(BoilerplatePhrases.defaults(), furniture);
  }

  public TextPageExtractor(BoilerplatePhrases phrases, Furniture furniture) {
    this.furniture = furniture;
    this.phrases = phrases;
    this.classifier = new LineClassifier(phrases);
    this.headlines = new HeadlineFinder(phrases);
    this.dates = new PublicationDateFinder(phrases);
    this.sources = new SourceFinder(phrases);
    this.repair = new SentenceRepair(phrases);
  }

  /** The article in {@code page}; an empty body when the page holds only furniture. */
  public ExtractedPage extract(String page) {
    List<ParagraphJoiner.Paragraph> paragraphs = joiner.join(page);
    List<PageLine> lines = classify(paragraphs);
    Optional<BodyFinder.Run> run = bodies.find(lines);
    int bodyStart = run.map(BodyFinder.Run::first).orElse(lines.size());
    int end = run.map(r -> endAfter(lines, r.last())).orElse(lines.size());
    Optional<PublicationDateFinder.Dated> date = dates.find(lines, bodyStart, end);
    List<TitleLines.Line> titleLines = new ArrayList<>();
    int rawBodyStart = titleLines(page, paragraphs, bodyStart, titleLines);
    OutletVotes outlets = TextOutlets.votes(titleLines, phrases::sourceIn);
    String body0 = run.map(r -> String.join("\n", r.lines().stream().map(PageLine::text).toList())).orElse("");
    String headline = TitleLines.find(titleLines, rawBodyStart, body0, outlets).text();
    String source = Boolean.getBoolean("o.old") ? sources.find(lines, bodyStart, end) : outlets.winner().name();
    String body = run.map(r -> body(r, headline)).orElse("");
    Optional<ArticleDate> day = date.map(PublicationDateFinder.Dated::date);
    double confidence = run.map(TextPageExtractor::confidence).orElse(0.0);
    return new ExtractedPage(headline, day, source, body, ExtractedPage.TEXT_LINES, confidence);
  }

  /**
   * How sure the body is: the region's share of the page's prose (an article that is most of the
   * page's text), times its margin over the best other region (a clear choice). On the dev pages
   * the mean body F1 rises with it; README, "Extraction benchmarks", gives it by decile.
   */
  static double confidence(BodyFinder.Run run) {
    if (run.score() <= 0) {
      return 0;
    }
    double share = run.pageProse() > 0 ? Math.min(1, run.score() / run.pageProse()) : 0;
    double margin = run.score() / (run.score() + Math.max(0, run.rival()));
    return share * margin;
  }

  /** The page's paragraphs, as extraction reads them: wrapped lines and text nodes joined. */
  public List<String> paragraphs(String page) {
    return joiner.join(page).stream().map(ParagraphJoiner.Paragraph::text).toList();
  }

  /** The page's paragraphs, each with its kind. */
  List<PageLine> classify(String page) {
    return classify(joiner.join(page));
  }

  private List<PageLine> classify(List<ParagraphJoiner.Paragraph> paragraphs) {
    var lines = new ArrayList<PageLine>();
    for (ParagraphJoiner.Paragraph p : paragraphs) {
      Kind kind = classifier.classify(p.text());
      if (kind != Kind.BLANK && kind != Kind.END && furniture.isFurniture(p.text())) {
        kind = Kind.FURNITURE;
      }
      lines.add(new PageLine(lines.size(), p.text(), kind, p.item()));
    }
    return lines;
  }

  /**
   * The page's lines as the dump printed them, for its headline and outlet (joining lines into
   * paragraphs can glue a headline to the byline under it); returns the index of the article's
   * first line among them.
   */
  private int titleLines(
      String page, List<ParagraphJoiner.Paragraph> paragraphs, int bodyStart, List<TitleLines.Line> lines) {
    int rawStart = 0;
    for (int i = 0; i < bodyStart && i < paragraphs.size(); i++) {
      rawStart += paragraphs.get(i).lines();
    }
    int start = -1;
    List<ParagraphJoiner.Paragraph> raw = joiner.lines(page);
    for (int i = 0; i < raw.size(); i++) {
      if (i == rawStart) {
        start = lines.size();
      }
      String text = raw.get(i).text();
      if (!text.isEmpty()) {
        Kind kind = classifier.classify(text);
        boolean never = kind != Kind.SHORT && kind != Kind.PROSE || furniture.isFurniture(text);
        lines.add(new TitleLines.Line(text, raw.get(i).item(), never));
      }
    }
    return start < 0 ? lines.size() : start;
  }

  private static int endAfter(List<PageLine> lines, int last) {
    for (int i = last + 1; i < lines.size(); i++) {
      if (lines.get(i).is(Kind.END) || lines.get(i).is(Kind.TICKER)) {
        return i;
      }
    }
    return lines.size();
  }

  /** The last lines above the article, after any list header there. */
  private static List<PageLine> headlineWindow(List<PageLine> lines, int bodyStart) {
    var window = new ArrayList<PageLine>();
    for (int i = bodyStart - 1; i >= 0 && window.size() < HEADLINE_WINDOW; i--) {
      PageLine line = lines.get(i);
      if (line.is(Kind.END) || line.is(Kind.TICKER)) {
        break;
      }
      if (!line.is(Kind.BLANK)) {
        window.addFirst(line);
      }
    }
    return window;
  }

  private String body(BodyFinder.Run run, String headline) {
    var paragraphs = new ArrayList<String>();
    String headlineKey = TextNorm.key(headline);
    for (PageLine line : run.lines()) {
      if (line.is(Kind.PROSE)) {
        paragraphs.addAll(repair.paragraphs(line.text()));
      } else if (!TextNorm.key(line.text()).equals(headlineKey)) {
        paragraphs.add(line.text());
      }
    }
    return String.join("\n\n", paragraphs);
  }
}
