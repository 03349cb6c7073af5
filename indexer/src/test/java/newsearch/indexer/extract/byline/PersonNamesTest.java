package newsearch.indexer.extract.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  private static List<String> names(String byline) {
    return PersonNames.parse(byline, "Daily Planet", false, false).names();
  }

  private static List<String> strict(String line) {
    return PersonNames.parse(line, "Daily Planet", false, true).names();
  }

  @Test
  void andAndCommasSplitNames() {
    assertEquals(List.of("Jane Roe", "John Doe"), names("By Jane Roe and John Doe"));
    assertEquals(List.of("Jane Roe", "John Doe"), names("By Jane Roe, John Doe"));
    assertEquals(
        List.of("Ana de la Cruz", "Piet van Dijk"), names("Por Ana de la Cruz y Piet van Dijk"));
  }

  @Test
  void rolesAgenciesAndTheOutletAreLeftOut() {
    assertEquals(List.of("Jane Roe"), names("Jane Roe, AP Sports Writer"));
    assertEquals(List.of("Jane Roe"), names("By JANE ROE | Staff writer"));
    assertEquals(List.of("Jane Roe"), names("Jane Roe, Reuters"));
    assertEquals(List.of("Jane Roe"), names("Jane Roe Associated Press"));
    assertEquals(List.of("Jane Roe"), names("By Jane Roe | Daily Planet"));
    assertEquals(List.of("Jane Roe"), names("By Jane RoeStaff Writer"));
    assertEquals(List.of("Jane Roe", "John Doe"), names("Jane Roe and John Doe USA TODAY"));
    assertEquals(List.of("Jane Roe"), names("Jane Roe, MD, PhD"));
  }

  @Test
  void capitalsAreWrittenAsANameIs() {
    assertEquals(List.of("Jane O'Roe-Smith"), names("By JANE O'ROE-SMITH"));
  }

  @Test
  void datesAndHandlesEndTheNames() {
    assertEquals(List.of("Jane Roe"), names("By Jane Roe - 11/19/19 06:56 AM EST"));
    assertEquals(List.of("Jane Roe"), names("Jane Roe @janeroe Nov 18, 2019"));
    assertEquals(
        List.of("Jane Roe", "John Doe"),
        names("By Jane Roe , John Doe on Monday, March 3rd, 2025"));
    assertEquals(List.of("Jane Roe"), names("Von Jane Roe publiziert am 3. März 2025"));
  }

  @Test
  void bylineLabelsOfSeveralLanguages() {
    assertEquals(List.of("Jane Roe"), names("Von Jane Roe"));
    assertEquals(List.of("Jean Dupont"), names("Par Jean Dupont"));
    assertEquals(List.of("Giulia Rossi"), names("Di Giulia Rossi"));
    assertEquals(List.of("Ana Souza"), names("Publicado por: Ana Souza"));
    assertEquals(List.of("Jane Roe"), names("Written by Jane Roe"));
  }

  @Test
  void aSentenceOrADeskIsNoName() {
    assertEquals(List.of(), names("By clicking Subscribe you agree to our terms"));
    assertEquals(List.of(), names("By the time the results came in"));
    assertEquals(List.of(), names("Daily Planet Editorial Staff"));
    assertEquals(List.of(), names("By admin"));
    assertEquals(List.of(), names("Reuters"));
    assertTrue(PersonNames.parse("Reuters", "", false, false).credit());
    assertEquals(List.of(), strict("Hiking the Boulder Flat Irons"));
    assertEquals(List.of(), strict("Travel Tips, Books and the Best of Summer"));
  }

  @Test
  void whatFollowsTheOutletsNameIsNoAuthor() {
    assertEquals(List.of(), strict("2018 Daily Planet Summer Series Concert"));
  }

  @Test
  void oneWordIsANameOnlyWhereMetadataSaysItIsAPerson() {
    assertEquals(List.of(), names("Regan"));
    assertEquals(List.of("Regan"), PersonNames.parse("Regan", "", true, false).names());
    assertEquals(List.of(), PersonNames.parse("Daily Planet", "Daily Planet", true, false).names());
  }
}
