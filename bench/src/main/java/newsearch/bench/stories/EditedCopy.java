package newsearch.bench.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a version of an article body the way an outlet makes one of wire copy, from a recipe and a
 * seed: the same body, recipe, seed and donor always give the same text. Paragraphs are separated
 * by blank lines, as in the corpus.
 */
public final class EditedCopy {

  private static final Pattern PARAGRAPHS = Pattern.compile("\\s*\\n\\s*\\n\\s*");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\"\u201d\u2019']?)\\s+(?=[A-Z\"\u201c])");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern NAME = Pattern.compile("(?<=[a-z,;] )[A-Z][a-z]{3,}\\b");

  /** US spellings and their UK forms, beside the -ize / -yze rule of {@link #ukForm}. */
  private static final Map<String, String> US_TO_UK =
      Map.ofEntries(
          Map.entry("color", "colour"),
          Map.entry("colors", "colours"),
          Map.entry("favor", "favour"),
          Map.entry("favorite", "favourite"),
          Map.entry("honor", "honour"),
          Map.entry("harbor", "harbour"),
          Map.entry("rumor", "rumour"),
          Map.entry("rumors", "rumours"),
          Map.entry("humor", "humour"),
          Map.entry("armor", "armour"),
          Map.entry("catalog", "catalogue"),
          Map.entry("labor", "labour"),
          Map.entry("neighbor", "neighbour"),
          Map.entry("neighbors", "neighbours"),
          Map.entry("behavior", "behaviour"),
          Map.entry("center", "centre"),
          Map.entry("centers", "centres"),
          Map.entry("theater", "theatre"),
          Map.entry("defense", "defence"),
          Map.entry("offense", "offence"),
          Map.entry("license", "licence"),
          Map.entry("program", "programme"),
          Map.entry("programs", "programmes"),
          Map.entry("traveled", "travelled"),
          Map.entry("traveling", "travelling"),
          Map.entry("canceled", "cancelled"),
          Map.entry("gray", "grey"),
          Map.entry("jewelry", "jewellery"),
          Map.entry("aging", "ageing"),
          Map.entry("toward", "towards"),
          Map.entry("skeptical", "sceptical"),
          Map.entry("fulfill", "fulfil"),
          Map.entry("enroll", "enrol"),
          Map.entry("percent", "per cent"),
          Map.entry("underway", "under way"));

  /** Words ending in -ize that are not the verb suffix. */
  private static final List<String> NOT_IZE = List.of("size", "prize", "seize", "capsize", "baize");

  /** Words an editor swaps for another of the same sense. */
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("said", "stated"),
          Map.entry("says", "states"),
          Map.entry("told", "informed"),
          Map.entry("asked", "questioned"),
          Map.entry("big", "large"),
          Map.entry("large", "big"),
          Map.entry("help", "assist"),
          Map.entry("buy", "purchase"),
          Map.entry("start", "begin"),
          Map.entry("began", "started"),
          Map.entry("show", "indicate"),
          Map.entry("shows", "indicates"),
          Map.entry("people", "individuals"),
          Map.entry("about", "around"),
          Map.entry("many", "numerous"),
          Map.entry("quickly", "rapidly"),
          Map.entry("very", "extremely"),
          Map.entry("after", "following"),
          Map.entry("because", "since"),
          Map.entry("get", "obtain"),
          Map.entry("need", "require"),
          Map.entry("try", "attempt"),
          Map.entry("tried", "attempted"),
          Map.entry("officials", "authorities"),
          Map.entry("important", "key"),
          Map.entry("major", "significant"),
          Map.entry("also", "too"),
          Map.entry("but", "yet"));

  private static final List<String> FILLERS =
      List.of("also", "now", "reportedly", "still", "recently", "indeed");

  private static final List<String> LEAD_OPENERS =
      List.of("In a statement,", "As reported,", "On the news,", "In a new development,");

  private EditedCopy() {}

  /**
   * The version of {@code body} that {@code recipe} makes, drawing its choices from {@code seed};
   * {@code donor} is the body whose paragraphs an {@link EditKind#ADDED} edit adds (may be empty).
   */
  public static String make(String body, List<Edit> recipe, long seed, String donor) {
    var random = new Random(seed);
    List<String> paragraphs = paragraphs(body);
    List<Edit> ordered = new ArrayList<>(recipe);
    ordered.sort(Comparator.comparing(Edit::kind));
    for (Edit e : ordered) {
      double s = e.strength();
      paragraphs =
          switch (e.kind()) {
            case LEAD -> rewriteLead(paragraphs, s, random);
            case CUT_REORDER -> cutAndReorder(paragraphs, s, random);
            case ADDED -> addParagraphs(paragraphs, paragraphs(donor), s, random);
            case REWORDING -> eachSentence(paragraphs, s, random, EditedCopy::reword);
            case SPELLING -> eachParagraph(paragraphs, p -> ukSpelling(p, s, random));
            case TRANSLITERATION -> transliterate(paragraphs, s, random);
            case GLUED -> List.of(glue(paragraphs, s, random));
          };
    }
    return String.join("\n\n", paragraphs);
  }

  /** The non-empty paragraphs of a body. */
  static List<String> paragraphs(String body) {
    var out = new ArrayList<String>();
    for (String p : PARAGRAPHS.split(body.strip())) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  /** The sentences of a paragraph. */
  static List<String> sentences(String paragraph) {
    return List.of(SENTENCE_END.split(paragraph));
  }

  private interface SentenceEdit {
    String apply(String sentence, Random random);
  }

  private interface ParagraphEdit {
    String apply(String paragraph);
  }

  private static List<String> eachParagraph(List<String> paragraphs, ParagraphEdit edit) {
    var out = new ArrayList<String>();
    for (String p : paragraphs) {
      out.add(edit.apply(p));
    }
    return out;
  }

  /** Applies {@code edit} to a share {@code strength} of the sentences, drawn one by one. */
  private static List<String> eachSentence(
      List<String> paragraphs, double strength, Random random, SentenceEdit edit) {
    return eachParagraph(
        paragraphs,
        p -> {
          var out = new ArrayList<String>();
          for (String s : sentences(p)) {
            out.add(random.nextDouble() < strength ? edit.apply(s, random) : s);
          }
          return String.join(" ", out);
        });
  }

  /** One word swapped for a synonym (or two neighbours swapped), one added, or one dropped. */
  static String reword(String sentence, Random random) {
    var words = new ArrayList<>(List.of(sentence.split(" ")));
    if (words.size() < 4) {
      return sentence;
    }
    int at = 1 + random.nextInt(words.size() - 2);
    switch (random.nextInt(3)) {
      case 0 -> {
        int synonym = -1;
        for (int i = 1; i < words.size() - 1 && synonym < 0; i++) {
          if (SYNONYMS.containsKey(words.get(i))) {
            synonym = i;
          }
        }
        if (synonym >= 0) {
          words.set(synonym, SYNONYMS.get(words.get(synonym)));
        } else {
          words.set(at, words.set(at + 1, words.get(at)));
        }
      }
      case 1 -> words.add(at, FILLERS.get(random.nextInt(FILLERS.size())));
      default -> words.remove(at);
    }
    return String.join(" ", words);
  }

  /** The lead paragraph's sentences rewritten: an opener, clauses swapped, words dropped. */
  private static List<String> rewriteLead(List<String> paragraphs, double strength, Random random) {
    if (paragraphs.isEmpty()) {
      return paragraphs;
    }
    var out = new ArrayList<>(paragraphs);
    List<String> lead = sentences(out.get(0));
    var rewritten = new ArrayList<String>();
    for (int i = 0; i < lead.size(); i++) {
      String s = lead.get(i);
      rewritten.add(i == 0 || random.nextDouble() < strength ? rewriteSentence(s, random) : s);
    }
    out.set(0, String.join(" ", rewritten));
    return out;
  }

  static String rewriteSentence(String sentence, Random random) {
    String body = sentence.replaceAll("[.!?]+[\"\u201d\u2019']?$", "");
    int comma = body.indexOf(", ");
    if (comma > 0) {
      body = body.substring(comma + 2) + ", " + lowerFirst(body.substring(0, comma));
    }
    var words = new ArrayList<String>();
    for (String w : body.split(" ")) {
      if (words.isEmpty() || random.nextDouble() >= 0.3) {
        words.add(w);
      }
    }
    String opener = LEAD_OPENERS.get(random.nextInt(LEAD_OPENERS.size()));
    return opener + " " + lowerFirst(String.join(" ", words)) + ".";
  }

  /** Lowers a capital followed by lower case; names stay as they are, a rewrite may miss one. */
  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  /** Half {@code strength} of the paragraphs after the lead cut, then some of the rest moved. */
  private static List<String> cutAndReorder(
      List<String> paragraphs, double strength, Random random) {
    var out = new ArrayList<>(paragraphs);
    int cuts = Math.min(Math.max(0, out.size() - 2), (int) Math.round(strength * 0.5 * out.size()));
    for (int i = 0; i < cuts; i++) {
      out.remove(1 + random.nextInt(out.size() - 1));
    }
    int moves = Math.max(1, (int) Math.round(strength * out.size() / 3));
    for (int i = 0; i < moves && out.size() > 2; i++) {
      String p = out.remove(1 + random.nextInt(out.size() - 1));
      out.add(1 + random.nextInt(out.size()), p);
    }
    return out;
  }

  /** A run of the donor's paragraphs, half {@code strength} as many as the body has, spread in. */
  private static List<String> addParagraphs(
      List<String> paragraphs, List<String> donor, double strength, Random random) {
    var out = new ArrayList<>(paragraphs);
    if (donor.isEmpty() || out.isEmpty()) {
      return out;
    }
    int adds = Math.min(donor.size(), Math.max(1, (int) Math.round(strength * 0.5 * out.size())));
    int from = random.nextInt(donor.size() - adds + 1);
    for (int i = 0; i < adds; i++) {
      out.add(1 + random.nextInt(out.size()), donor.get(from + i));
    }
    return out;
  }

  /** A share {@code strength} of the words with a US spelling given their UK one. */
  static String ukSpelling(String text, double strength, Random random) {
    Matcher m = WORD.matcher(text);
    var out = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      String uk = ukForm(word.toLowerCase(Locale.ROOT));
      if (uk != null && random.nextDouble() < strength) {
        word = Character.isUpperCase(word.charAt(0)) ? upperFirst(uk) : uk;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(word));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The UK form of a lower-case word, or null when it has no other. */
  static String ukForm(String word) {
    String listed = US_TO_UK.get(word);
    if (listed != null) {
      return listed;
    }
    for (String suffix : List.of("ize", "izes", "ized", "izing", "ization", "izations")) {
      if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
        if (NOT_IZE.stream().noneMatch(word::startsWith)) {
          return word.substring(0, word.length() - suffix.length()) + "is" + suffix.substring(2);
        }
      }
    }
    if (word.endsWith("yze") || word.endsWith("yzed") || word.endsWith("yzes")) {
      return word.replace("yz", "ys");
    }
    return null;
  }

  private static String upperFirst(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A share {@code strength} (at least one) of the names spelled another way, everywhere. */
  private static List<String> transliterate(
      List<String> paragraphs, double strength, Random random) {
    var names = new LinkedHashSet<String>();
    for (String p : paragraphs) {
      Matcher m = NAME.matcher(p);
      while (m.find()) {
        names.add(m.group());
      }
    }
    var chosen = new ArrayList<String>();
    for (String name : names) {
      if (random.nextDouble() < strength) {
        chosen.add(name);
      }
    }
    if (chosen.isEmpty() && !names.isEmpty()) {
      chosen.add(names.iterator().next());
    }
    List<String> out = paragraphs;
    for (String name : chosen) {
      Pattern whole = Pattern.compile("\\b" + name + "\\b");
      String other = Matcher.quoteReplacement(transliteration(name));
      out = eachParagraph(out, p -> whole.matcher(p).replaceAll(other));
    }
    return out;
  }

  /** Another romanisation of a name: the first letter rule that applies. */
  static String transliteration(String name) {
    if (name.endsWith("ey")) {
      return name.substring(0, name.length() - 2) + "ei";
    }
    if (name.endsWith("y")) {
      return name.substring(0, name.length() - 1) + "i";
    }
    if (name.endsWith("ov")) {
      return name.substring(0, name.length() - 1) + "ff";
    }
    String[][] swaps = {
      {"ph", "f"}, {"kh", "h"}, {"ks", "x"}, {"x", "ks"}, {"ou", "u"}, {"c", "k"}
    };
    for (String[] swap : swaps) {
      int at = name.indexOf(swap[0], 1);
      if (at > 0) {
        return name.substring(0, at) + swap[1] + name.substring(at + swap[0].length());
      }
    }
    int vowel = Math.max(name.lastIndexOf('e'), name.lastIndexOf('a'));
    if (vowel > 0) {
      char swapped = name.charAt(vowel) == 'e' ? 'a' : 'e';
      return name.substring(0, vowel) + swapped + name.substring(vowel + 1);
    }
    return name + "h";
  }

  /**
   * Paragraphs and sentences glued as a scraper glues them: a share {@code strength} of paragraph
   * breaks and half as many sentence breaks lose their white space ("said.The"), and one glued
   * break in three its punctuation too ("saidThe").
   */
  private static String glue(List<String> paragraphs, double strength, Random random) {
    var out = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.append(random.nextDouble() < strength ? glued(out, random) : "\n\n");
      }
      List<String> sentences = sentences(paragraphs.get(i));
      for (int j = 0; j < sentences.size(); j++) {
        if (j > 0) {
          out.append(random.nextDouble() < strength / 2 ? glued(out, random) : " ");
        }
        out.append(sentences.get(j));
      }
    }
    return out.toString();
  }

  private static String glued(StringBuilder text, Random random) {
    boolean ends = !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
    if (ends && random.nextInt(3) == 0) {
      text.setLength(text.length() - 1);
    }
    return "";
  }
}
