package newsearch.server.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.Indexer;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SortOrder;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index searched in slices side by side answers exactly as one searched whole: totals, facets,
 * stories and hits, with and without ticked sources.
 */
class SlicesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WIRE =
      "Ministers agreed a new plan for the river port on Tuesday, officials said, after talks that"
          + " lasted into the night and ended with a vote of the harbour board.";

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void build() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    // Two runs, so that the index has two segments to slice.
    for (int file = 0; file < 2; file++) {
      var lines = new ArrayList<String>();
      for (int i = 0; i < 40; i++) {
        String id = "f" + file + "a" + i;
        String body =
            i % 4 == 0 ? WIRE : "Report " + i + " on the port and the river, file " + file;
        lines.add(
            "{\"id\":\"%s\",\"headline\":\"Port %d\",\"body\":\"%s\",\"source\":\"Outlet %d\",\"date\":\"2025-03-%02d\"}"
                .formatted(id, i, body, (i + file) % 5, 1 + i % 28));
      }
      Files.write(corpus.resolve("part" + file + ".jsonl"), lines);
      new Indexer(new CorpusFiles(List.of(), List.of()), 1, null).run(corpus, index, false);
    }
    try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(reader.leaves().size() >= 2, "segments: " + reader.leaves().size());
    }
  }

  private static SearchRequest request(
      String query, List<String> sources, SortOrder sort, boolean dedupe) {
    return new SearchRequest(
        query,
        sources,
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.of(sort),
        1,
        20,
        true,
        true,
        dedupe,
        0);
  }

  @Test
  void slicedAndWholeAnswerTheSame() throws IOException {
    var requests =
        List.of(
            request("", List.of(), SortOrder.NEWEST, false),
            request("port", List.of(), SortOrder.RELEVANCE, false),
            request("port river", List.of("Outlet 1", "Outlet 3"), SortOrder.RELEVANCE, false),
            request("ministers plan", List.of(), SortOrder.RELEVANCE, true),
            request("port", List.of("Outlet 2"), SortOrder.NEWEST, true));
    try (var whole = LuceneSearchService.open(index, 60_000);
        var sliced = LuceneSearchService.open(index, 60_000, 1)) {
      for (SearchRequest r : requests) {
        assertEquals(answer(whole, r), answer(sliced, r), r.toString());
      }
    }
  }

  private static String answer(LuceneSearchService service, SearchRequest request)
      throws IOException {
    ObjectNode tree = JSON.valueToTree(service.search(request));
    tree.remove("tookMs");
    return tree.toString();
  }
}
