package newsearch.indexer.extract.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAuthorFinderTest {

  private static final String BODY =
      "It rained all day, the city's weather office said on Monday, and more is to come.";

  private static List<String> find(String... aboveBody) {
    var lines = new java.util.ArrayList<String>();
    lines.add("Home | World | Weather");
    lines.add("Rain falls on the city again");
    lines.addAll(List.of(aboveBody));
    int bodyStart = lines.size();
    lines.add(BODY);
    lines.add(BODY);
    return TextAuthorFinder.find(lines, 1, bodyStart, "Daily Planet").names();
  }

  @Test
  void labelledBylines() {
    assertEquals(List.of("Jane Roe", "John Doe"), find("By Jane Roe and John Doe"));
    assertEquals(List.of("Jane Roe"), find("By JANE ROE | Staff writer"));
    assertEquals(List.of("Hans Meier"), find("Von Hans Meier"));
    assertEquals(List.of("Jean Dupont"), find("Par Jean Dupont"));
    assertEquals(List.of("Giulia Rossi"), find("Di Giulia Rossi"));
    assertEquals(List.of("Ana Souza"), find("Por Ana Souza"));
    assertEquals(List.of("Jane Roe"), find("March 3, 2025 | by Jane Roe"));
  }

  @Test
  void aNameLineThatARoleAnAgencyOrADateMarks() {
    assertEquals(List.of("Jane Roe"), find("Jane Roe, Reuters"));
    assertEquals(List.of("Jane Roe"), find("Jane Roe, AP Science Writer"));
    assertEquals(List.of("Jane Roe"), find("Jane Roe", "March 3, 2025 10:15 am"));
    assertEquals(List.of("Jane Roe"), find("Jane Roe - 3 March 2025"));
  }

  @Test
  void aNameLineNothingMarksIsNoByline() {
    assertEquals(List.of(), find("Jane Roe"));
    assertEquals(List.of(), find("Weather warnings", "March 3, 2025"));
  }

  @Test
  void captionsAndSentencesAreNoByline() {
    assertEquals(List.of(), find("Photo: Jane Roe, AP"));
    assertEquals(List.of(), find("By clicking Subscribe you agree to our terms of use."));
  }
}
