package newsearch.indexer.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.index.NewsAnalyzer;
import org.junit.jupiter.api.Test;

class NameTermsTest {

  private final NameTerms names = new NameTerms(new NewsAnalyzer(), IndexSchema.BODY);

  @Test
  void aWordSeenBeforeGivesTheSamePairsAndEachPairComesOnce() {
    String first = names.of("Talks with Colonel Qaddafi went on, said Colonel Gaddafi.");
    String again = names.of("Talks with Colonel Qaddafi went on, said Colonel Gaddafi.");
    assertEquals(first, again);
    assertEquals("kolonel:colonel kadafi:qaddafi gadafi:gaddafi ", first);
  }

  @Test
  void capitalizedWordsInsideSentencesAreNamesWithTheirKeys() {
    String terms =
        names.of(
            "Protesters gathered outside the palace. They called on Colonel Qaddafi to leave,"
                + " and “Yanukovych” was named too. NATO said nothing; Hyde Park stayed calm.");
    List<String> list = List.of(terms.strip().split(" "));
    assertTrue(list.contains("kadafi:qaddafi"), terms);
    assertTrue(list.contains("ianukovich:yanukovych"), terms);
    assertTrue(list.contains("kolonel:colonel"), terms);
    // Sentence openings, all-capital abbreviations and short words are left out.
    assertFalse(terms.contains("protest"), terms);
    assertFalse(terms.contains(":they"), terms);
    assertFalse(terms.contains("nato"), terms);
    assertFalse(terms.contains("hyde"), terms);
  }

  @Test
  void aBodyWithoutNamesHasNone() {
    assertEquals("", names.of("the rain fell all night and the river rose."));
  }

  @Test
  void sentenceOpeningsAreFoundAfterQuotesAndLineBreaks() {
    assertTrue(CapitalizedWords.opensSentence("He left. \"Later", 10));
    assertTrue(CapitalizedWords.opensSentence("first line\nSecond", 11));
    assertFalse(CapitalizedWords.opensSentence("said Morsi", 5));
  }
}
