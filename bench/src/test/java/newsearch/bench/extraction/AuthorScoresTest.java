package newsearch.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorScoresTest {

  @Test
  void namesMatchWhateverTheirCaseAccentsAndDotsAndOrder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("labels.tsv");
    Files.writeString(
        file,
        "# comment\nid\tauthors\tnote\n"
            + "a\tJane Roe; John Doe\tbyline\n"
            + "b\t-\tagency only\n"
            + "c\tJosé K. Álvarez\tbyline\n"
            + "d\tMary Major\tbyline\n");
    AuthorLabels labels = AuthorLabels.read(file);
    var scores =
        AuthorScores.of(
            labels,
            Map.of(
                "a", List.of("JOHN DOE", "Jane Roe"),
                "b", List.of("Reuters"),
                "c", List.of("Jose K Alvarez"),
                "d", List.of("Mary Major", "Staff Writer")));
    assertEquals(4, scores.pages());
    assertEquals(0.5, scores.accuracy(), 1e-9);
    assertEquals(4.0 / 6, scores.precision(), 1e-9);
    assertEquals(1.0, scores.recall(), 1e-9);
    assertEquals(1, scores.invented());
    assertEquals(List.of("b", "d"), scores.misses().stream().map(AuthorScores.Miss::id).toList());
  }
}
