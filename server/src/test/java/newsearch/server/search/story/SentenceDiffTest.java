package newsearch.server.search.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceDiffTest {

  private static final String EARLIEST =
      "The port workers walked out on Monday morning. "
          + "Ships waited in the bay for a second day.\n"
          + "The union asked for a pay rise of eight percent. "
          + "Talks are planned for Thursday.";

  @Test
  void theSameTextHasNoChanges() {
    assertEquals(List.of(), SentenceDiff.between(EARLIEST, EARLIEST));
    assertEquals(List.of(), SentenceDiff.between(EARLIEST, EARLIEST.replace(" ", "  ")));
  }

  @Test
  void addedRemovedAndChangedSentencesInTheVersionsOrder() {
    String version =
        "A local view: the harbour fell silent. "
            + "The port workers walked out on Monday morning. "
            + "The union asked for a wage rise of eight percent. "
            + "Talks are planned for Thursday.";
    assertEquals(
        List.of(
            Change.added("A local view: the harbour fell silent."),
            Change.removed("Ships waited in the bay for a second day."),
            Change.changed(
                "The union asked for a wage rise of eight percent.",
                "The union asked for a pay rise of eight percent.")),
        SentenceDiff.between(EARLIEST, version));
  }

  @Test
  void aRemovedOpeningSentenceComesFirst() {
    String version =
        "Ships waited in the bay for a second day. "
            + "The union asked for a pay rise of eight percent. "
            + "Talks are planned for Thursday.";
    assertEquals(
        List.of(Change.removed("The port workers walked out on Monday morning.")),
        SentenceDiff.between(EARLIEST, version));
  }

  @Test
  void aRewrittenSentenceIsRemovedAndAddedNotChanged() {
    String version =
        "Dockers stopped work at dawn. Ships waited in the bay for a second day. "
            + "The union asked for a pay rise of eight percent. Talks are planned for Thursday.";
    assertEquals(
        List.of(
            Change.removed("The port workers walked out on Monday morning."),
            Change.added("Dockers stopped work at dawn.")),
        SentenceDiff.between(EARLIEST, version));
  }

  @Test
  void aSentenceCopiedTwiceIsMatchedOnceAndReorderingIsNoChange() {
    String version =
        "Talks are planned for Thursday. The port workers walked out on Monday morning. "
            + "Ships waited in the bay for a second day. "
            + "The union asked for a pay rise of eight percent. Talks are planned for Thursday.";
    assertEquals(
        List.of(Change.added("Talks are planned for Thursday.")),
        SentenceDiff.between(EARLIEST, version));
  }

  @Test
  void similarityIsTheJaccardOfWordSets() {
    assertEquals(
        0.5,
        SentenceDiff.similarity(
            Sentences.words("Sergey said no"), Sentences.words("Sergei said NO")));
    assertTrue(SentenceDiff.NEAR <= 0.5);
  }

  @Test
  void theViewOrdersVersionsByDateUndatedLastAndCountsOutlets() throws Exception {
    var view =
        StoryView.of(
            "a",
            List.of(
                new StoryArticle("c", "Post", null, null, "=Undated", EARLIEST),
                new StoryArticle("b", "Wire", "2025-01-02", null, "Later, \"quoted\"", EARLIEST),
                new StoryArticle("a", "Wire", "2025-01-02", "u", "Tie", EARLIEST + " More."),
                new StoryArticle("d", "Herald", "2025-01-01", null, "First", EARLIEST)));
    assertEquals(List.of("d", "a", "b", "c"), view.versions().stream().map(Version::id).toList());
    assertEquals(new StoryView.FirstSeen("d", "Herald", "2025-01-01"), view.firstSeen());
    assertEquals(3, view.outlets());
    assertEquals(List.of(), view.versions().get(0).diff());
    assertEquals(List.of(Change.added("More.")), view.versions().get(1).diff());

    var out = new ByteArrayOutputStream();
    StoryCsv.write(view, out);
    assertEquals(
        "id,source,date,url,added,removed,changed,headline\r\n"
            + "d,Herald,2025-01-01,,0,0,0,First\r\n"
            + "a,Wire,2025-01-02,u,1,0,0,Tie\r\n"
            + "b,Wire,2025-01-02,,0,0,0,\"Later, \"\"quoted\"\"\"\r\n"
            + "c,Post,,,0,0,0,'=Undated\r\n",
        out.toString(StandardCharsets.UTF_8));
  }
}
