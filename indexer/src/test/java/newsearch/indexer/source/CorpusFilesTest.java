package newsearch.indexer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {

  @TempDir Path corpus;

  @Test
  void findsFilesRecursivelyWithoutSidecarsAndSurvivesLinkLoops() throws IOException {
    Files.createDirectories(corpus.resolve("a/b"));
    Files.writeString(corpus.resolve("a/b/story.txt"), "x");
    Files.writeString(corpus.resolve("a/b/story.meta.json"), "{}");
    Files.writeString(corpus.resolve("top.jsonl"), "{}");
    Files.createSymbolicLink(corpus.resolve("a/b/loop"), corpus.resolve("a"));
    var problems = new ArrayList<String>();

    List<CorpusFile> files =
        new CorpusFiles(List.of(), List.of())
            .list(corpus, (f, why) -> problems.add(f + ": " + why));

    assertEquals(
        List.of("a/b/story.txt", "top.jsonl"), files.stream().map(CorpusFile::relative).toList());
    assertEquals(List.of("a/b/story", "top"), files.stream().map(CorpusFile::id).toList());
    assertEquals(List.of("a/b/loop: symbolic link loop"), problems);
  }

  @Test
  void gzippedJsonLinesKeepTheirDoubleExtension() {
    var f = new CorpusFile(Path.of("x/news.jsonl.gz"), "x/news.jsonl.gz", "x/news", 1, 1);
    assertEquals("jsonl.gz", f.extension());
    assertEquals("x/news", f.stem());
  }
}
