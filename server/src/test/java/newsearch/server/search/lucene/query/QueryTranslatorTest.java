package newsearch.server.search.lucene.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.names.NameVariants;
import newsearch.indexer.names.VariantsFile;
import newsearch.server.TestIndex;
import newsearch.server.search.query.UserQueryParser;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query of {@code queries/query-translations.tsv} (the test collections' queries, the API
 * tests' and the hostile ones that fit a line) runs as the Lucene query recorded there: the one
 * Lucene's classic parser made of it before the query tree replaced it.
 */
class QueryTranslatorTest {

  @TempDir Path dir;

  @Test
  void everyRecordedQueryTranslatesAsRecorded() throws IOException, URISyntaxException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path stories = Path.of(getClass().getResource("/stories/stories.jsonl").toURI());
    Files.copy(stories, corpus.resolve("stories.jsonl"));
    TestIndex.reindex(corpus, dir.resolve("index"));
    var schema = new IndexSchema();
    var translator = new QueryTranslator(schema.analyzer());
    var file = VariantsFile.load(schema.analyzer(), IndexSchema.BODY);
    Path table = Path.of(getClass().getResource("/queries/query-translations.tsv").toURI());
    var wrong = new ArrayList<String>();
    int rows = 0;
    try (var reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      var variants = Optional.of(new NameVariants(reader, file));
      for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
        if (line.startsWith("# ")) {
          continue;
        }
        List<String> row = List.of(line.split("\t", -1));
        LuceneQuery q = translator.translate(UserQueryParser.parse(row.get(0)), variants);
        String got =
            q.query()
                + "\t"
                + q.relaxed().map(Object::toString).orElse("-")
                + "\t"
                + q.words()
                + "\t"
                + q.warnings().size();
        if (!got.equals(String.join("\t", row.subList(1, 5)))) {
          wrong.add(row.get(0) + "\n  expected " + row.subList(1, 5) + "\n  got      " + got);
        }
        rows++;
      }
    }
    assertTrue(rows > 400, "rows: " + rows);
    assertEquals(List.of(), wrong);
  }
}
