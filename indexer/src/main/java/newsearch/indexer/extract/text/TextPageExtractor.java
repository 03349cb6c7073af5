package newsearch.indexer.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.byline.TextAuthorFinder;
import newsearch.indexer.extract.text.LineClassifier.Kind;
import newsearch.indexer.extract.title.OutletVotes;
import newsearch.indexer.extract.title.TextOutlets;
import newsearch.indexer.extract.title.TextTitles;
import newsearch.indexer.furniture.Furniture;
import newsearch.indexer.model.ArticleDate;

/**
 * Extracts headline, date, source and body from the text of a scraped page: a pure function of the
 * page text and the bundled {@link BoilerplatePhrases}.
 *
 * <p>Each line is classified by its shape ({@link LineClassifier}); the largest coherent run of
 * prose before the page's lists of other articles is the body ({@link BodyFinder}); headline, date
 * and source are looked for around it ({@link TextTitles} among the lines {@link TitleLineFilter}
 * lets be titles, {@link PublicationDateFinder}, {@link TextOutlets} with {@link SourceFinder}).
 */
public final class TextPageExtractor {

  private final LineClassifier classifier;
  private final BodyFinder bodies = new BodyFinder();
  private final TitleLineFilter titles;
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
    this.classifier = new LineClassifier(phrases);
    this.titles = new TitleLineFilter(phrases);
    this.dates = new PublicationDateFinder();
    this.sources = new SourceFinder(phrases);
    this.repair = new SentenceRepair(phrases);
  }

  /** The article in {@code page}; an empty body when the page holds only furniture. */
  public ExtractedPage extract(String page) {
    List<PageLine> lines = classify(page);
    Optional<BodyFinder.Run> run = bodies.find(lines);
    int bodyStart = run.map(BodyFinder.Run::first).orElse(lines.size());
    int end = run.map(r -> endAfter(lines, r.last())).orElse(lines.size());
    Optional<PublicationDateFinder.Dated> date = dates.find(lines, bodyStart, end);
    var titleLines = new ArrayList<TextTitles.Line>();
    int titleBodyStart = titleLines(lines, bodyStart, titleLines);
    SourceFinder.Named named = sources.find(lines, bodyStart, end);
    OutletVotes outlets = TextOutlets.votes(titleLines, named.name(), named.sure(), named.line());
    String opening =
        run.map(r -> String.join("\n", r.lines().stream().map(PageLine::text).toList())).orElse("");
    String headline = TextTitles.find(titleLines, titleBodyStart, opening, outlets).text();
    String source = outlets.winner().name();
    String body = run.map(r -> body(r, headline)).orElse("");
    Optional<ArticleDate> day = date.map(PublicationDateFinder.Dated::date);
    double confidence = run.map(TextPageExtractor::confidence).orElse(0.0);
    List<String> authors = authors(lines, headline, bodyStart, source);
    String undated =
        date.isPresent() ? "" : PublicationDateFinder.undated(lines, bodyStart, end).label();
    return new ExtractedPage(
        headline, day, source, body, ExtractedPage.TEXT_LINES, confidence, authors, undated);
  }

  /** The byline's names, looked for around the headline's line (the last above the body). */
  private static List<String> authors(
      List<PageLine> lines, String headline, int bodyStart, String source) {
    String key = TextNorm.key(headline);
    int at = -1;
    for (int i = Math.min(bodyStart, lines.size()) - 1; i >= 0 && at < 0 && !key.isEmpty(); i--) {
      at = TextNorm.key(lines.get(i).text()).equals(key) ? i : -1;
    }
    List<String> texts = lines.stream().map(PageLine::text).toList();
    return TextAuthorFinder.find(texts, at, bodyStart, source).names();
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
    List<ParagraphJoiner.Paragraph> paragraphs = joiner.join(page);
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
   * The page's lines that are not blank, each with the title it could be, into {@code out}; returns
   * the index of the article's first line among them.
   */
  private int titleLines(List<PageLine> lines, int bodyStart, List<TextTitles.Line> out) {
    int start = -1;
    PageLine previous = null;
    for (PageLine line : lines) {
      if (line.index() == bodyStart) {
        start = out.size();
      }
      if (!line.is(Kind.BLANK)) {
        boolean credited = previous != null && titles.isBareBy(previous);
        String title = credited ? "" : titles.title(line).orElse("");
        boolean marker = credited || titles.isMarker(line);
        out.add(new TextTitles.Line(line.text(), title, line.item(), line.is(Kind.PROSE), marker));
        previous = line;
      }
    }
    return start < 0 ? out.size() : start;
  }

  private static int endAfter(List<PageLine> lines, int last) {
    for (int i = last + 1; i < lines.size(); i++) {
      if (lines.get(i).is(Kind.END) || lines.get(i).is(Kind.TICKER)) {
        return i;
      }
    }
    return lines.size();
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
