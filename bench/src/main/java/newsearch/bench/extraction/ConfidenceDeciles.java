package newsearch.bench.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsearch.indexer.extract.html.BodyExtraction;
import newsearch.indexer.extract.html.HtmlBodyExtractor;
import newsearch.indexer.extract.html.PageCharset;
import org.jsoup.Jsoup;

/**
 * The HTML extractor's method and confidence beside each page's body F1, and the mean F1 per
 * confidence decile: what a confidence of 0.4 means on real pages.
 */
public final class ConfidenceDeciles {

  /** One HTML page: how its body was found, how sure the extractor was, how well it scored. */
  public record Row(String id, String method, double confidence, double f1) {}

  private ConfidenceDeciles() {}

  /** Re-extracts each judged {@code ID.html} page of {@code pages}; other pages are left out. */
  public static List<Row> of(Path pages, List<PageResult> results) throws IOException {
    var rows = new ArrayList<Row>();
    var extractor = new HtmlBodyExtractor();
    for (PageResult r : results) {
      Path page = pages.resolve(r.id() + ".html");
      if (r.body().isEmpty() || !Files.isRegularFile(page)) {
        continue;
      }
      var doc = Jsoup.parse(PageCharset.decode(Files.readAllBytes(page)));
      // The URL only resolves links, which the body text does not hold.
      BodyExtraction b = extractor.extract(doc, "");
      rows.add(new Row(r.id(), b.method(), b.confidence(), r.body().get().f1()));
    }
    return rows;
  }

  /** Prints the mean F1 of each tenth of the pages ordered by confidence, and the methods used. */
  public static void print(List<Row> rows, PrintStream out) {
    if (rows.isEmpty()) {
      return;
    }
    var sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingDouble(Row::confidence));
    out.println("Body F1 by decile of extraction confidence (HTML pages):");
    int n = sorted.size();
    for (int d = 0; d < 10; d++) {
      List<Row> part = sorted.subList(d * n / 10, (d + 1) * n / 10);
      if (part.isEmpty()) {
        continue;
      }
      out.printf(
          "  decile %2d  confidence %.3f-%.3f  %3d pages  mean F1 %.3f%n",
          d + 1,
          part.get(0).confidence(),
          part.get(part.size() - 1).confidence(),
          part.size(),
          part.stream().mapToDouble(Row::f1).average().orElse(0));
    }
    Map<String, List<Row>> byMethod = new TreeMap<>();
    for (Row r : rows) {
      byMethod.computeIfAbsent(r.method(), k -> new ArrayList<>()).add(r);
    }
    byMethod.forEach(
        (method, part) ->
            out.printf(
                "  method %-12s %3d pages  mean F1 %.3f%n",
                method, part.size(), part.stream().mapToDouble(Row::f1).average().orElse(0)));
  }
}
