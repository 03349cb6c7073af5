package newsearch.indexer.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.NewsAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsFileTest {

  private final NewsAnalyzer analyzer = new NewsAnalyzer();

  @Test
  void theBundledFileHoldsSpellingsNoRuleFolds() {
    var file = VariantsFile.load(analyzer, IndexSchema.BODY, null);
    assertEquals(Set.of("kiev"), file.others("kyiv"));
    assertEquals(Set.of("kyiv"), file.others("kiev"));
    assertEquals(Set.of(), file.others("harbour"));
  }

  @Test
  void aUserFileAddsGroupsAndABrokenOneIsIgnored(@TempDir Path dir) throws IOException {
    Path user = dir.resolve("variants.txt");
    Files.writeString(user, "# mine\nDnipro | Dnepr | Dnipropetrovsk\n\n", StandardCharsets.UTF_8);
    var file = VariantsFile.load(analyzer, IndexSchema.BODY, user.toString());
    assertEquals(Set.of("dnepr", "dnipropetrovsk"), file.others("dnipro"));
    assertEquals(Set.of("kiev"), file.others("kyiv"));
    var missing = VariantsFile.load(analyzer, IndexSchema.BODY, dir.resolve("none").toString());
    assertEquals(Set.of("kiev"), missing.others("kyiv"));
  }

  @Test
  void entriesAreAnalyzedLikeTheBodyAndPhrasesAreSkipped() {
    var file =
        VariantsFile.parse(
            List.of("Zelenskýy | ZELENSKY", "New York | Big Apple"), analyzer, "body");
    assertEquals(Set.of("zelenski"), file.others("zelenskyi"));
    assertEquals(Set.of(), file.others("york"));
  }
}
