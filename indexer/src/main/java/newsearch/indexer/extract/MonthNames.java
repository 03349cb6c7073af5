package newsearch.indexer.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Month names and their abbreviations in the languages of the corpus, to month numbers. */
public final class MonthNames {

  // Full names first on each line, then abbreviations: a month-and-year date needs a full name,
  // since "mar 2025" or "set 2025" in running text is rarely a date.
  private static final String[] MONTHS = {
    "january januar jänner enero gennaio janvier ocak janeiro januari | jan jän ene gen janv",
    "february februar febrero febbraio février fevrier şubat subat fevereiro februari | feb febr fév",
    "march märz maerz marzo mars mart março marco maart | mar mär mrz",
    "april abril aprile avril nisan | apr abr avr",
    "may mai mayo maggio mayıs mayis maio mei | mag",
    "june juni junio giugno juin haziran junho | jun giu",
    "july juli julio luglio juillet temmuz julho | jul lug juil",
    "august agosto août aout ağustos agustus augustus | aug ago",
    "september septiembre settembre septembre eylül eylul setembro | sep sept set",
    "october oktober octubre ottobre octobre ekim outubro | oct okt ott out",
    "november noviembre novembre kasım kasim novembro | nov",
    "december dezember diciembre dicembre décembre decembre aralık aralik dezembro | dec dez dic déc",
  };

  private static final Map<String, Integer> NUMBERS = new HashMap<>();
  private static final Set<String> FULL = new HashSet<>();

  static {
    for (int i = 0; i < MONTHS.length; i++) {
      String[] parts = MONTHS[i].split("\\|");
      for (String name : parts[0].trim().split(" ")) {
        NUMBERS.put(key(name), i + 1);
        FULL.add(key(name));
      }
      for (String name : parts[1].trim().split(" ")) {
        NUMBERS.put(key(name), i + 1);
      }
    }
  }

  private MonthNames() {}

  /** The month number (1-12) of a name or abbreviation, or null. */
  public static Integer number(String name) {
    return NUMBERS.get(key(name));
  }

  public static boolean isFullName(String name) {
    return FULL.contains(key(name));
  }

  private static String key(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('ı', 'i');
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
