package newsearch.indexer.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.source.CorpusFiles;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index built from the five seed pages: a word only in a page's furniture finds nothing. */
class SeedCorpusIndexTest {

  @TempDir static Path corpus;
  @TempDir static Path index;

  @BeforeAll
  static void indexSeedPages() throws IOException {
    for (String n : List.of("000", "001", "002", "003", "004")) {
      Files.writeString(
          corpus.resolve("seed-" + n + ".txt"),
          Pages.text("seed-" + n + ".txt"),
          StandardCharsets.UTF_8);
    }
    new Indexer(new CorpusFiles(List.of(), List.of()), 1, null).run(corpus, index, true);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Hackers", "Nasrallah", "yacht", "Şengün", "Quark", "Mekelberg", "Starlink", "Spiegel",
        "Leggere", "Daily8", "homeless", "Azerbaijan", "Devamı", "Recorder", "CPAC", "Orban"
      })
  void wordOnlyInFurnitureFindsNothing(String word) throws IOException {
    assertEquals(0, hits(word), word);
  }

  @Test
  void articleWordsAreFound() throws IOException {
    assertEquals(5, hits("Putin"));
    assertEquals(1, hits("Erdoğan"));
    assertEquals(2, hits("Witkoff"));
  }

  private static long hits(String word) throws IOException {
    Analyzer analyzer = new IndexSchema().analyzer();
    String term;
    try (var stream = analyzer.tokenStream(IndexSchema.BODY, word)) {
      stream.reset();
      stream.incrementToken();
      term = stream.getAttribute(CharTermAttribute.class).toString();
      stream.end();
    }
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      var query =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexSchema.BODY, term)), Occur.SHOULD)
              .add(new TermQuery(new Term(IndexSchema.HEADLINE, term)), Occur.SHOULD)
              .build();
      return new IndexSearcher(reader).count(query);
    }
  }
}
