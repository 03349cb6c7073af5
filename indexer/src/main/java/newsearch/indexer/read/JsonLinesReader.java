package newsearch.indexer.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import newsearch.indexer.furniture.BodyFurniture;
import newsearch.indexer.furniture.BodyFurnitureCounts;
import newsearch.indexer.furniture.CleanedBody;
import newsearch.indexer.model.Article;
import newsearch.indexer.model.Extraction;
import newsearch.indexer.source.BoundedLineReader;
import newsearch.indexer.source.CorpusFile;
import newsearch.indexer.source.FileSkipped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON lines ({@code .jsonl}, {@code .ndjson}, optionally gzipped): one article per line with
 * {@code id}, {@code headline}, {@code date}, {@code source}, {@code body}, {@code url}, {@code
 * authors}; other fields are ignored. A bad line is reported with its number and the rest of the
 * file is read. Bodies are cleaned of the corpus's {@link BodyFurniture}, unless it is none.
 */
public final class JsonLinesReader implements ArticleReader {

  /** The extensions of JSON-lines files. */
  public static final Set<String> EXTENSIONS = Set.of("jsonl", "ndjson", "jsonl.gz", "ndjson.gz");

  /** One article per line: a line past this is not an article. */
  public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  // Deeply nested input is hostile, not news: refuse it before it costs stack or memory.
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(64)
                      .maxStringLength(MAX_LINE_BYTES)
                      .build())
              .build());
  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesReader.class);

  private final BodyFurniture furniture;
  private final BodyFurnitureCounts counts;

  /** A reader that gives bodies exactly as the corpus has them. */
  public JsonLinesReader() {
    this(BodyFurniture.none(), new BodyFurnitureCounts());
  }

  /**
   * @param furniture what to take out of every body
   * @param counts where to count what was taken out
   */
  public JsonLinesReader(BodyFurniture furniture, BodyFurnitureCounts counts) {
    this.furniture = furniture;
    this.counts = counts;
  }

  @Override
  public void read(CorpusFile file, ArticleSink sink) throws IOException, FileSkipped {
    try (var lines = new BoundedLineReader(open(file), MAX_LINE_BYTES)) {
      BoundedLineReader.Line line;
      while ((line = lines.readLine()) != null) {
        if (line.tooLong()) {
          sink.skipped("line " + line.number(), "too long (over 4 MB)");
        } else if (!line.text().isBlank()) {
          readLine(file, line, sink);
        }
      }
    } catch (ZipException e) {
      throw new FileSkipped("not a valid gzip file: " + e.getMessage());
    } catch (EOFException e) {
      sink.skipped("end of file", "truncated gzip stream");
    }
  }

  private static InputStream open(CorpusFile file) throws IOException {
    InputStream in = Files.newInputStream(file.path());
    return file.extension().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private void readLine(CorpusFile file, BoundedLineReader.Line line, ArticleSink sink) {
    String where = "line " + line.number();
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JacksonException e) {
      sink.skipped(where, "bad JSON: " + e.getOriginalMessage());
      return;
    }
    if (node == null || !node.isObject()) {
      sink.skipped(where, "not a JSON object");
      return;
    }
    String id = JsonFields.text(node, "id").orElse(file.id() + ":" + line.number());
    String source = JsonFields.text(node, "source").orElse("");
    var article =
        new Article(
            id,
            JsonFields.text(node, "headline").orElse(""),
            JsonFields.date(node),
            source,
            body(id, source, JsonFields.text(node, "body").orElse("")),
            JsonFields.text(node, "url").orElse(""),
            JsonFields.authors(node).orElse(List.of()),
            file.relative(),
            Extraction.GIVEN);
    if (article.isEmpty()) {
      sink.skipped(where, "no headline and no body");
    } else {
      sink.accept(article);
    }
  }

  private String body(String id, String source, String body) {
    if (furniture.isEmpty() || body.isEmpty()) {
      return body;
    }
    CleanedBody cleaned;
    try {
      cleaned = furniture.clean(source, body);
    } catch (RuntimeException e) {
      // A bug in cleaning must not cost the article: it is indexed as given.
      LOG.warn("Cleaning the body of {} failed; indexed as given", id, e);
      return body;
    }
    counts.add(cleaned);
    return cleaned.text();
  }
}
