package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality beyond the fixtures: real article bodies from the shared AllSides sample,
 * wrapped in seeded page furniture ({@link PageWrapper}), extracted again, and compared word by
 * word. Skipped when the sample is not beside the project. Prints the figures.
 */
class ExtractionQualityTest {

  private static final String SAMPLE = "news-allsides.sample-500.jsonl.gz";
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  @Test
  void wrappedRealBodiesAreRecoveredWithHighPrecisionAndRecall() throws IOException {
    Optional<Path> sample = sample();
    Assumptions.assumeTrue(sample.isPresent(), "shared/data/" + SAMPLE + " not found");
    List<JsonNode> articles = read(sample.get());
    var others = new ArrayList<PageWrapper.Other>();
    for (JsonNode a : articles) {
      String body = a.path("body").asText();
      String teaser = body.split("(?<=[.!?])\\s+", 2)[0];
      others.add(new PageWrapper.Other(a.path("headline").asText().strip(), teaser.strip()));
    }
    var extractor = new TextPageExtractor();
    long start = System.nanoTime();
    var wrapper = new PageWrapper(42);
    long truth = 0;
    long found = 0;
    long overlap = 0;
    int pages = 0;
    int headlines = 0;
    int dates = 0;
    for (int i = 0; i < articles.size(); i++) {
      JsonNode a = articles.get(i);
      List<String> paragraphs =
          Arrays.stream(a.path("body").asText().split("\\n+"))
              .map(String::strip)
              .filter(p -> !p.isEmpty())
              .toList();
      String headline = a.path("headline").asText().strip();
      if (paragraphs.isEmpty() || headline.isEmpty()) {
        continue;
      }
      // Days 13-27: numeric dates are then unambiguous (DateParserTest covers 03/04/2025).
      LocalDate date = LocalDate.of(2025, 1 + i % 12, 13 + i % 15);
      List<PageWrapper.Other> related = others.subList((i + 1) % 400, (i + 1) % 400 + 50);
      ExtractedPage page = extractor.extract(wrapper.wrap(headline, date, paragraphs, related));
      Map<String, Integer> want = tokens(String.join(" ", paragraphs));
      Map<String, Integer> got = tokens(page.body());
      truth += sum(want);
      found += sum(got);
      overlap +=
          want.entrySet().stream()
              .mapToLong(e -> Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0)))
              .sum();
      pages++;
      headlines += page.headline().equals(wrapper.hasHeadline() ? headline : "") ? 1 : 0;
      dates += page.date().map(d -> d.day().equals(date)).orElse(false) ? 1 : 0;
    }
    double precision = (double) overlap / Math.max(1, found);
    double recall = (double) overlap / Math.max(1, truth);
    System.out.printf(
        Locale.ROOT,
        "Extraction quality on %d wrapped AllSides articles: body precision %.3f, recall %.3f (word"
            + " level); headline exact %.3f; date right %.3f; %d ms%n",
        pages,
        precision,
        recall,
        (double) headlines / pages,
        (double) dates / pages,
        (System.nanoTime() - start) / 1_000_000);
    assertTrue(precision >= 0.95, "body precision " + precision);
    assertTrue(recall >= 0.90, "body recall " + recall);
  }

  /** The sample beside the project, from the module folder (Maven) or the project root. */
  private static Optional<Path> sample() {
    Path here = Path.of(System.getProperty("user.dir"));
    return Stream.of(here.resolve("../../shared/data"), here.resolve("../shared/data"))
        .map(d -> d.resolve(SAMPLE).normalize())
        .filter(Files::isRegularFile)
        .findFirst();
  }

  private static List<JsonNode> read(Path path) throws IOException {
    var json = new ObjectMapper();
    var out = new ArrayList<JsonNode>();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(json.readTree(line));
        }
      }
    }
    return out;
  }

  private static Map<String, Integer> tokens(String text) {
    var counts = new HashMap<String, Integer>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }

  private static long sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToLong(Integer::longValue).sum();
  }
}
