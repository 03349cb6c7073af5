package newsearch.indexer.extract.byline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;

/**
 * The people a byline names, in its order: "By JANE ROE and John Doe, AP Staff Writer | 3 March"
 * gives Jane Roe and John Doe. Roles, degrees, wire agencies, the page's outlet, dates and handles
 * are left out. A name is two to four capitalised words (lower-case particles such as "van" or "de"
 * aside); a run of words holding a stop word or a lower-case word is a sentence, never a name.
 */
final class PersonNames {

  /**
   * What a byline gave.
   *
   * @param names the people, each written once, in normal capitalisation
   * @param credit whether it also credited no person: an agency, a desk, a role, the outlet
   */
  record Parsed(List<String> names, boolean credit) {
    static final Parsed NONE = new Parsed(List.of(), false);
  }

  private static final int MAX_NAMES = 8;

  /** Stands where an outlet or an agency was taken out: names after it are not its byline's. */
  private static final String CREDIT = " \u0001 ";

  private static final int MAX_NAME_WORDS = 4;
  private static final Pattern IMAGE_REF = Pattern.compile("\\[[^\\]]*\\]");
  private static final Pattern BULLET = Pattern.compile("^[*•+·–-]\\s+");
  private static final Pattern WITH_DIGIT = Pattern.compile("\\S*\\d\\S*");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\p{Lu}\\.");
  private static final Pattern GLUED_ROLE = Pattern.compile("(\\p{Ll})(\\p{Lu}\\p{Ll}+)");

  private PersonNames() {}

  /**
   * The names of {@code byline} (its opening "By" or "Von" is dropped).
   *
   * @param outlet the page's outlet, left out where the byline names it; may be empty
   * @param oneWord whether a byline of a single word is a name (a pen name that metadata marks as a
   *     person), not only a handle or a brand
   * @param strict whether every word of a name part must be part of the name: for a line that no
   *     label calls a byline, where a stop word means a sentence
   */
  static Parsed parse(String byline, String outlet, boolean oneWord, boolean strict) {
    String text = TextNorm.clean(IMAGE_REF.matcher(byline).replaceAll(" "));
    text = BULLET.matcher(text).replaceFirst("");
    text = NameWords.LABEL.matcher(text).replaceFirst("");
    boolean credit = false;
    String withoutOutlet = withoutPhrase(text, outlet);
    credit |= !withoutOutlet.equals(text);
    Matcher agency = NameWords.AGENCY.matcher(withoutOutlet);
    credit |= agency.find();
    text = agency.replaceAll(CREDIT);
    text = WITH_DIGIT.matcher(text).replaceAll(" | ");
    String segment = firstSegment(text);
    if (strict && text.indexOf('\u0001') >= 0 && text.indexOf('\u0001') < text.indexOf(segment)) {
      // "Outlet Series Performance": what follows an outlet's name is a title, not its author.
      return new Parsed(List.of(), credit);
    }
    text = unglueRoles(segment);
    List<String> parts =
        List.of(NameWords.BETWEEN_NAMES.split(text)).stream().filter(p -> !p.isBlank()).toList();
    Map<String, String> names = new LinkedHashMap<>();
    for (String part : parts) {
      Name name = name(part, strict, oneWord && parts.size() == 1);
      credit |= name.credit();
      if (strict && name.text().isEmpty() && !name.credit()) {
        return new Parsed(List.of(), credit); // one part is no name: the line is a list or a title
      }
      if (!name.text().isEmpty() && !sameAs(name.text(), outlet)) {
        names.putIfAbsent(TextNorm.fold(name.text()), name.text());
      }
      if (names.size() == MAX_NAMES) {
        break;
      }
    }
    return new Parsed(List.copyOf(names.values()), credit);
  }

  private record Name(String text, boolean credit) {}

  private static Name name(String part, boolean strict, boolean oneWord) {
    String[] tokens = part.strip().split("\\s+");
    var kept = new ArrayList<String>();
    boolean credit = false;
    boolean mixedCase = false;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replaceAll("^[\"“”'‘’]+|[\"“”'‘’,:;!?]+$", "");
      if (token.isEmpty()) {
        continue;
      }
      boolean capitals = isCapitals(token);
      if (NameWords.isRole(token) && NameWords.isOrganisation(tail(tokens, i))) {
        return new Name("", true); // "Practical Horseman Editorial Staff": a desk, no person
      }
      if (NameWords.isRole(token) || (mixedCase && capitals && letters(token) >= 2)) {
        credit = true; // "Jane Roe Staff Writer", "Jane Roe USA TODAY"
        break;
      }
      if (NameWords.isParticle(token) && !kept.isEmpty()) {
        kept.add(token);
        continue;
      }
      if (NameWords.isNotName(token)) {
        if (strict) {
          return new Name("", credit);
        }
        break;
      }
      if (NAME_WORD.matcher(token).matches()) {
        kept.add(token);
        mixedCase |= !capitals;
      } else if (strict || kept.size() < 2) {
        // A lower-case word or a symbol: a sentence or a handle, no name.
        return new Name("", credit);
      } else {
        break; // "Von Jane Roe publiziert am …": the label's sentence goes on after the name
      }
    }
    while (!kept.isEmpty() && NameWords.isParticle(kept.getLast())) {
      kept.removeLast();
    }
    long words = kept.stream().filter(t -> !NameWords.isParticle(t)).count();
    long full = kept.stream().filter(t -> letters(t) >= 2 && !t.endsWith(".")).count();
    boolean single = words == 1 && oneWord && full == 1 && !isCapitals(kept.getFirst());
    if (!single && (words < 2 || words > MAX_NAME_WORDS || full < 2)) {
      return new Name("", credit);
    }
    boolean allCapitals = kept.stream().allMatch(PersonNames::isCapitals);
    List<String> written = allCapitals ? kept.stream().map(PersonNames::titleCase).toList() : kept;
    return new Name(String.join(" ", written), credit);
  }

  /** The tokens from index {@code from} on. */
  private static List<String> tail(String[] tokens, int from) {
    return List.of(tokens).subList(from, tokens.length);
  }

  /** The text before the first separator that ends a byline's names, or the first text after. */
  private static String firstSegment(String text) {
    for (String segment : NameWords.END.split(text)) {
      if (segment.codePoints().anyMatch(Character::isLetter)) {
        return segment;
      }
    }
    return "";
  }

  /** "Meg JamesStaff Writer", as a text dump glues a name to its role, is "Meg James Staff…". */
  private static String unglueRoles(String text) {
    Matcher m = GLUED_ROLE.matcher(text);
    var sb = new StringBuilder();
    while (m.find()) {
      String replacement = NameWords.isRole(m.group(2)) ? "$1 $2" : "$0";
      m.appendReplacement(sb, replacement);
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String withoutPhrase(String text, String phrase) {
    if (phrase == null || TextNorm.key(phrase).length() < 3) {
      return text;
    }
    return Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.strip()) + "(?![\\p{L}\\p{N}])")
        .matcher(text)
        .replaceAll(CREDIT);
  }

  /** Whether a name is the outlet's: a site that signs its posts with its own name. */
  private static boolean sameAs(String name, String outlet) {
    String a = TextNorm.key(name).replace(" ", "");
    String b = outlet == null ? "" : TextNorm.key(outlet).replace(" ", "");
    return !b.isEmpty() && (a.equals(b) || (a.length() >= 4 && b.contains(a)));
  }

  private static boolean isCapitals(String token) {
    return token.codePoints().anyMatch(Character::isLetter)
        && token.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static int letters(String token) {
    return (int) token.codePoints().filter(Character::isLetter).count();
  }

  /** JANE O'ROE-SMITH → Jane O'Roe-Smith. */
  private static String titleCase(String token) {
    var sb = new StringBuilder(token.length());
    boolean start = true;
    for (char c : token.toLowerCase(Locale.ROOT).toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == '\'' || c == '’' || c == '.';
    }
    return sb.toString();
  }
}
