package newsearch.indexer.furniture;

import java.util.ArrayList;
import java.util.List;

/**
 * Small scraped pages for the furniture tests: an outlet's pages, each with its own story inside
 * the same menu, newsletter blurb and footer, and copies of one wire story in many outlets.
 */
final class OutletPages {

  static final String BLURB =
      "Get the Gazette's morning newsletter with the day's top local stories, sent to your inbox"
          + " for free before seven every morning.";

  private static final List<String> TOWNS =
      List.of("Millbrook", "Eastwick", "Harlow", "Stonebridge", "Ashford", "Kelby", "Norham");
  private static final List<String> TOPICS =
      List.of("a new bus line", "the school budget", "a flood wall", "the market hall", "parking");

  private OutletPages() {}

  /** Page {@code n} of the Harbour Gazette: the outlet's furniture around a story of its own. */
  static String gazette(int n) {
    String town = TOWNS.get(n % TOWNS.size());
    String topic = TOPICS.get(n % TOPICS.size());
    var lines = new ArrayList<>(List.of("Harbour Gazette", "Home", "Local news", "Sport", ""));
    lines.add(town + " council decides on " + topic + " (" + n + ")");
    lines.add("");
    lines.add(
        "The council of "
            + town
            + " voted on Tuesday evening on "
            + topic
            + ", after a debate that lasted "
            + (n + 2)
            + " hours and drew more residents than the hall could seat.");
    lines.add("");
    lines.add(
        "Supporters said the plan for "
            + topic
            + " was long overdue, while its critics warned that the cost would fall on the"
            + " households of "
            + town
            + " for "
            + (n + 5)
            + " years to come.");
    lines.add("");
    lines.add(
        "The mayor of "
            + town
            + " promised a second vote in the spring if the first year's figures for "
            + topic
            + " fell short of what was planned in case number "
            + (100 + n)
            + ".");
    lines.add("");
    lines.add(BLURB);
    lines.add("");
    lines.add("Most read");
    lines.add("Ferry timetable changes for the summer");
    lines.add("© Harbour Gazette");
    return String.join("\n", lines) + "\n";
  }

  /** The wire story's paragraphs, the same in every outlet that prints it. */
  static final List<String> WIRE =
      List.of(
          "GENEVA (Wire) — Negotiators from twelve countries agreed on Friday on new rules for"
              + " fishing in the northern seas, after talks that ran through the night.",
          "The agreement limits the catch of cod and haddock for the next five years and sets up"
              + " a panel of scientists who will review the limits every spring.",
          "Fishing groups said the deal was hard but fair, and environmental groups said it did"
              + " not go far enough to protect the stocks that have shrunk for a decade.");

  /** The wire story as outlet {@code n} prints it, inside its own header and footer. */
  static String wireCopy(int n) {
    var lines = new ArrayList<>(List.of("The Daily " + n, "News", ""));
    lines.add("Deal reached on fishing limits in the northern seas");
    lines.add("");
    for (String p : WIRE) {
      lines.add(p);
      lines.add("");
    }
    lines.add("Copyright The Daily " + n);
    return String.join("\n", lines) + "\n";
  }
}
