package newsearch.indexer.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTermsTest {

  @Test
  void namesComeAsWrittenMostMentionedFirst() {
    List<String> terms =
        SuggestTerms.of(
            "Talks Resume In Geneva",
            "Negotiators met on Monday. President Volodymyr Zelensky spoke first, and Zelensky"
                + " later met Jean-Pierre Dupont, as Zelensky said; Committee Chairman Bob Menendez"
                + " stayed.");
    assertEquals("n:Zelensky", terms.getFirst());
    assertTrue(terms.contains("n:Volodymyr Zelensky"), terms.toString());
    assertTrue(terms.contains("n:Jean-Pierre Dupont"), terms.toString());
    assertFalse(terms.contains("n:Dupont"), "only in a longer name: " + terms);
    assertTrue(terms.contains("n:Bob Menendez"), terms.toString());
    assertFalse(terms.contains("n:Negotiators"), "opens a sentence: " + terms);
    assertFalse(terms.contains("n:Talks Resume"), "a title-case headline: " + terms);
  }

  @Test
  void aStopWordOpeningASentenceIsNoNameNorPartOfOne() {
    List<String> terms =
        SuggestTerms.of(
            "",
            "Rain fell — The vote was late; In Washington the mood was calm; But Trump spoke"
                + " in 2019 It rained, as The Hill reported.");
    assertTrue(terms.contains("n:Washington"), terms.toString());
    assertTrue(terms.contains("n:Trump"), terms.toString());
    assertTrue(terms.contains("n:The Hill"), "\"The\" before a name stays: " + terms);
    assertFalse(terms.contains("n:The"), terms.toString());
    assertFalse(terms.contains("n:In Washington"), terms.toString());
    assertFalse(terms.contains("n:But Trump"), terms.toString());
    assertFalse(terms.contains("n:It"), terms.toString());
  }

  @Test
  void wordsGluedByMarkupAreNoNamesButCamelCaseNamesAre() {
    List<String> terms =
        SuggestTerms.of("", "He met Senator McCain and Ron DeSantis, said TrumpGOP Leaders today.");
    assertTrue(terms.contains("n:Senator McCain"), terms.toString());
    assertTrue(terms.contains("n:Ron DeSantis"), terms.toString());
    assertTrue(terms.contains("n:Leaders"), terms.toString());
    assertFalse(terms.stream().anyMatch(t -> t.contains("TrumpGOP")), terms.toString());
  }

  @Test
  void aWeekdayOrAMonthAloneIsADateNotAName() {
    List<String> terms =
        SuggestTerms.of("", "She said on Monday that Theresa May would leave in March or April.");
    assertEquals(List.of("n:Theresa May"), terms);
  }

  @Test
  void abbreviationsAndTheFirstWordOfAQuotationAreNoNames() {
    List<String> terms =
        SuggestTerms.of(
            "", "Talks went on, said Mr. Lopez, and added: no, “We will wait,” said Ana Ruiz.");
    assertEquals(List.of("n:Ana Ruiz"), terms);
  }

  @Test
  void headlinePhrasesAreLowerCaseAndNeverEndOnAFunctionWord() {
    List<String> terms =
        SuggestTerms.of("Ceasefire talks resume in Gaza: the White House waits", "");
    assertTrue(terms.contains("p:ceasefire talks"), terms.toString());
    assertTrue(terms.contains("p:ceasefire talks resume"), terms.toString());
    assertTrue(terms.contains("p:white house waits"), terms.toString());
    assertFalse(terms.contains("p:resume in"), terms.toString());
    assertFalse(terms.contains("p:gaza the"), "crosses the colon: " + terms);
    assertFalse(terms.contains("p:white house"), "already a name: " + terms);
    assertTrue(terms.contains("n:White House"), terms.toString());
  }

  @Test
  void aLongArticleGivesABoundedNumberOfTerms() {
    var body = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      body.append("He met Person").append((char) ('a' + i % 26)).append((char) ('a' + i / 26));
      body.append(" today. ");
    }
    List<String> terms = SuggestTerms.of("A headline", body.toString());
    assertTrue(
        terms.size() <= SuggestTerms.MAX_NAMES + SuggestTerms.MAX_PHRASES, "" + terms.size());
  }
}
