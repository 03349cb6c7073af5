package newsearch.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.model.Article;
import newsearch.indexer.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceAliasesTest {

  @Test
  void bundledAliasesMapSpellingsToOneName() {
    SourceAliases aliases = SourceAliases.defaults();
    assertEquals("Fox News", aliases.canonical("Fox Online News"));
    assertEquals("Fox News", aliases.canonical("fox news"));
    assertEquals("The Guardian", aliases.canonical("Guardian"));
    assertEquals("The Guardian", aliases.canonical("theguardian.com"));
  }

  @Test
  void unknownSourceIsKeptAsWritten() {
    assertEquals("Harbour Herald", SourceAliases.defaults().canonical(" Harbour Herald "));
    assertEquals("", SourceAliases.defaults().canonical(""));
  }

  @Test
  void caseLeadingTheAndPunctuationDoNotMatter() {
    SourceAliases aliases = SourceAliases.parse(List.of("Daily Planet = Planet Online | DP"));
    assertEquals("Daily Planet", aliases.canonical("the daily planet"));
    assertEquals("Daily Planet", aliases.canonical("PLANET ONLINE!"));
    assertEquals("Daily Planet", aliases.canonical("dp"));
  }

  @Test
  void commentsBlankAndMalformedLinesAreIgnored() {
    SourceAliases aliases =
        SourceAliases.parse(List.of("# comment", "", "no equals sign", "= orphan", "A = B"));
    assertEquals("A", aliases.canonical("b"));
    assertEquals("orphan", aliases.canonical("orphan"));
  }

  @Test
  void userFileAddsToAndOverridesTheBundledOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("aliases.txt");
    Files.writeString(file, "Fox = Fox Online News\nHarbour Herald = HH\n");
    SourceAliases aliases = SourceAliases.load(file.toString());
    assertEquals("Fox", aliases.canonical("Fox Online News"));
    assertEquals("Harbour Herald", aliases.canonical("hh"));
    assertEquals("The Guardian", aliases.canonical("Guardian"));
  }

  @Test
  void missingUserFileLeavesTheBundledAliases() {
    assertEquals("Fox News", SourceAliases.load("/no/such/file").canonical("Fox Online News"));
  }

  @Test
  void articleGetsTheCanonicalSource() {
    var article =
        new Article(
            "a1",
            "H",
            Optional.empty(),
            "Fox Online News",
            "b",
            "",
            List.of(),
            "a1.txt",
            Extraction.GIVEN);
    assertEquals("Fox News", SourceAliases.defaults().apply(article).source());
  }
}
