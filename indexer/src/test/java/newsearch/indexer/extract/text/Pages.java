package newsearch.indexer.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures: the pages under {@code src/test/resources/pages/}, extracted. */
final class Pages {

  private static final TextPageExtractor EXTRACTOR = new TextPageExtractor();

  private Pages() {}

  static String text(String name) {
    try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture page " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ExtractedPage extract(String name) {
    return EXTRACTOR.extract(text(name));
  }

  static String date(ExtractedPage page) {
    return page.date().map(d -> d.iso()).orElse("");
  }
}
