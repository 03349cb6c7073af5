package newsearch.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.model.ArticleDate;

/**
 * Extracts headline, date, source and body from the text of a scraped page: a pure function of the
 * page text.
 *
 * <p>First version: the headline is the first line that reads like a title, the date the first date
 * near the top, and the body the lines that read like prose.
 */
public final class TextPageExtractor {

  private static final int TOP_LINES = 8;
  private static final int MIN_PROSE_WORDS = 12;

  public ExtractedPage extract(String page) {
    List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String headline = lines.stream().filter(TextPageExtractor::isTitle).findFirst().orElse("");
    Optional<ArticleDate> date = Optional.empty();
    for (String line : lines.subList(0, Math.min(TOP_LINES, lines.size()))) {
      date = DateParser.parse(line);
      if (date.isPresent()) {
        break;
      }
    }
    var body = new ArrayList<String>();
    for (String line : lines) {
      if (!line.equals(headline) && line.split("\\s+").length >= MIN_PROSE_WORDS) {
        body.add(line);
      }
    }
    return new ExtractedPage(headline, date, "", String.join("\n\n", body));
  }

  private static boolean isTitle(String line) {
    int words = line.split("\\s+").length;
    return words >= 4 && words <= 25;
  }
}
