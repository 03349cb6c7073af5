package newsearch.bench.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditedCopyTest {

  private static final String BODY =
      String.join(
          "\n\n",
          "The city council met on Monday, and members voted to expand the harbor center. The"
              + " plan was backed by the mayor.",
          "Officials said the color of the new signs would be chosen by residents. The council is"
              + " organizing a vote on the design next month.",
          "Analysts at the university will analyze the costs of the project. A spokesman for"
              + " Sergey Petrov told reporters that the budget was large.",
          "The harbor has been closed for repairs since the storm. Boats now dock at the old pier"
              + " on the north side of town.",
          "Residents asked the council to publish the full report. The size of the prize fund was"
              + " not disclosed.",
          "The next meeting of the council is set for the first week of June.");

  private static final String DONOR =
      "A paragraph of the outlet's own about the weather.\n\nAnother one about the trains.";

  private static String make(String recipe, long seed) {
    return EditedCopy.make(BODY, Edit.parse(recipe), seed, DONOR);
  }

  @Test
  void theSameSeedGivesTheSameVersionAndAnotherSeedAnother() {
    String recipe = "lead:0.5+cut_reorder:0.5+added:0.5+rewording:0.5+spelling:0.5+glued:0.5";
    assertEquals(make(recipe, 7), make(recipe, 7));
    assertNotEquals(make(recipe, 7), make(recipe, 8));
  }

  @Test
  void spellingLocalisesUsWordsAndLeavesOthers() {
    String uk = make("spelling:1.0", 1);
    for (String word : List.of("harbour", "centre", "colour", "organising", "analyse")) {
      assertTrue(uk.contains(word), word);
    }
    assertFalse(uk.contains("color") || uk.contains("center") || uk.contains("analyze"));
    assertTrue(uk.contains("The size of the prize fund"));
  }

  @Test
  void transliterationRespellsANameEverywhere() {
    String other = make("transliteration:1.0", 1);
    assertTrue(other.contains("Sergei Petroff"), other);
    assertFalse(other.contains("Sergey"));
    assertEquals("Sergei", EditedCopy.transliteration("Sergey"));
    assertEquals("Aleksander", EditedCopy.transliteration("Alexander"));
  }

  @Test
  void rewordingChangesSentencesByOneWordAtMost() {
    List<String> before = EditedCopy.paragraphs(BODY);
    List<String> after = EditedCopy.paragraphs(make("rewording:1.0", 3));
    assertEquals(before.size(), after.size());
    assertNotEquals(before, after);
    for (int i = 0; i < before.size(); i++) {
      List<String> a = EditedCopy.sentences(before.get(i));
      List<String> b = EditedCopy.sentences(after.get(i));
      assertEquals(a.size(), b.size());
      for (int j = 0; j < a.size(); j++) {
        int words = a.get(j).split(" ").length;
        assertTrue(Math.abs(words - b.get(j).split(" ").length) <= 1, b.get(j));
      }
    }
  }

  @Test
  void cutAndReorderKeepsTheLeadAndOnlyOriginalParagraphs() {
    List<String> before = EditedCopy.paragraphs(BODY);
    List<String> after = EditedCopy.paragraphs(make("cut_reorder:0.8", 5));
    assertTrue(after.size() < before.size());
    assertEquals(before.get(0), after.get(0));
    assertTrue(before.containsAll(after));
  }

  @Test
  void leadRewritesTheFirstParagraphOnly() {
    List<String> before = EditedCopy.paragraphs(BODY);
    List<String> after = EditedCopy.paragraphs(make("lead:1.0", 2));
    assertNotEquals(before.get(0), after.get(0));
    assertEquals(before.subList(1, before.size()), after.subList(1, after.size()));
  }

  @Test
  void addedInsertsDonorParagraphsAndKeepsTheOriginalOrder() {
    List<String> after = EditedCopy.paragraphs(make("added:0.5", 4));
    List<String> original = EditedCopy.paragraphs(BODY);
    List<String> donor = EditedCopy.paragraphs(DONOR);
    assertTrue(after.size() > original.size());
    assertEquals(original, after.stream().filter(p -> !donor.contains(p)).toList());
    assertEquals(0, after.indexOf(original.get(0)));
  }

  @Test
  void gluedLosesBreaks() {
    String glued = make("glued:1.0", 6);
    assertFalse(glued.contains("\n"));
    assertTrue(glued.matches("(?s).*[a-z.][A-Z].*"), glued);
  }

  @Test
  void recipesAndSetRowsRoundTrip() {
    String recipe = "lead:0.2+glued:0.8";
    assertEquals(recipe, Edit.format(Edit.parse(recipe)));
    EditedSet set =
        EditedSet.parse(
            List.of(
                "# header",
                "copy\ta~edit1\ta\t-\t42\tspelling:0.5",
                "copy\ta~edit2\ta\tb\t-1\tadded:0.2+rewording:0.5",
                "different\ta\tb"));
    assertEquals(2, set.versions().size());
    assertEquals("", set.versions().get(0).donor());
    assertEquals("mix of 2", set.versions().get(1).shape());
    assertEquals(List.of(new EditedSet.Pair("a", "b")), set.different());
    assertEquals(java.util.Set.of("a", "b"), set.articleIds());
  }
}
