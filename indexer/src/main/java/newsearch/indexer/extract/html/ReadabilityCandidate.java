package newsearch.indexer.extract.html;

import java.net.URI;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** The article element that Readability (Mozilla's algorithm, ported by readability4j) picks. */
final class ReadabilityCandidate {

  private static final String PLACEHOLDER = "http://localhost/";

  /** Readability's default patterns, compiled once rather than for every page. */
  private static final RegExUtil PATTERNS = new FastPatterns();

  private ReadabilityCandidate() {}

  /** Readability's article element on a copy of {@code doc}; empty when it finds none. */
  static Optional<Element> of(Document doc, String url) {
    try {
      var options = new ReadabilityOptions();
      Article article =
          new Readability4J(
                  usable(url),
                  doc.clone(),
                  options,
                  PATTERNS,
                  new QuietPreprocessor(),
                  new MetadataParser(PATTERNS),
                  new QuietGrabber(options),
                  new Postprocessor())
              .parse();
      return Optional.ofNullable(article.getArticleContent());
    } catch (RuntimeException e) {
      // A library failure on a strange page must not lose the page: the own scoring still runs.
      return Optional.empty();
    }
  }

  /**
   * Readability's patterns, with its whitespace normalisation ({@code \s{2,}} to one space) done
   * without a regular expression: it runs on the text of every candidate element, a tenth of
   * Readability's time.
   */
  private static final class FastPatterns extends RegExUtil {
    FastPatterns() {
      super(
          UnlikelyCandidatesDefaultPattern,
          OkMaybeItsACandidateDefaultPattern,
          PositiveDefaultPattern,
          NegativeDefaultPattern,
          ExtraneousDefaultPattern,
          BylineDefaultPattern,
          ReplaceFontsDefaultPattern,
          NormalizeDefaultPattern,
          VideosDefaultPattern,
          NextLinkDefaultPattern,
          PrevLinkDefaultPattern,
          WhitespaceDefaultPattern,
          HasContentDefaultPattern);
    }

    @Override
    public String normalize(String text) {
      var out = new StringBuilder(text.length());
      int i = 0;
      while (i < text.length()) {
        int end = i;
        while (end < text.length() && isSpace(text.charAt(end))) {
          end++;
        }
        if (end - i >= 2) {
          out.append(' ');
          i = end;
        } else {
          out.append(text.charAt(i++));
        }
      }
      return out.length() == text.length() ? text : out.toString();
    }

    /** What {@code \s} matches in a Java pattern without Unicode classes. */
    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
  }

  /*
   * readability4j renders every element it removes as HTML for a debug line, whether or not debug
   * logging is on: a tenth of its time. These two skip that line.
   */
  private static final class QuietPreprocessor extends Preprocessor {
    QuietPreprocessor() {
      super(PATTERNS);
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {}
  }

  private static final class QuietGrabber extends ArticleGrabber {
    QuietGrabber(ReadabilityOptions options) {
      super(options, PATTERNS);
    }

    @Override
    protected void logNodeInfo(Node node, String reason) {}
  }

  /**
   * Readability resolves links against the URL and logs an error when Java cannot parse it; the
   * links are not part of the text, so any absolute address will do.
   */
  private static String usable(String url) {
    try {
      return URI.create(url).isAbsolute() ? url : PLACEHOLDER;
    } catch (IllegalArgumentException e) {
      return PLACEHOLDER;
    }
  }
}
