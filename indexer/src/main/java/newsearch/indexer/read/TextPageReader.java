package newsearch.indexer.read;

import newsearch.indexer.extract.byline.TextAuthorFinder;
import newsearch.indexer.extract.text.ExtractedPage;
import newsearch.indexer.extract.text.TextPageExtractor;
import newsearch.indexer.model.Extraction;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;
import newsearch.indexer.source.PageText;

/** A scraped text page ({@code .txt}): one article, found by the {@link TextPageExtractor}. */
public final class TextPageReader implements ArticleReader {

  private final TextPageExtractor extractor;

  public TextPageReader(TextPageExtractor extractor) {
    this.extractor = extractor;
  }

  /** A scraped page's date comes from its lines: a labelled date line or the top of the page. */
  private static final String DATE_ORIGIN = "text";

  @Override
  public long maxFileBytes() {
    return PageText.MAX_PAGE_BYTES;
  }

  @Override
  public void read(CorpusFile file, ArticleSink sink) throws FileSkipped {
    ExtractedPage page = extractor.extract(PageText.read(file));
    PageArticle.of(file)
        .headline(page.headline())
        .date(page.date())
        .source(page.source())
        .body(page.body())
        .authors(page.authors())
        .extraction(
            Extraction.body(page.bodyMethod(), page.confidence())
                .withDate(page.date().isPresent() ? DATE_ORIGIN : "")
                .withAuthors(page.authors().isEmpty() ? "" : TextAuthorFinder.ORIGIN)
                .withUndated(page.undated()))
        .sendTo(sink, "no article found (only boilerplate)");
  }
}
