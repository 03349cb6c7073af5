package newsearch.indexer.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Repairs prose that lost its element boundaries in scraping: splits glued sentences
 * ("saysPreparations", "said.The") and drops furniture sentences inside a paragraph ("Continue
 * reading...").
 */
final class SentenceRepair {

  // "saysPreparations": a lower-case word of two or more letters glued to a capitalized word. A
  // word that starts with a capital is split only before a sentence opener ("UkraineThe"), so
  // "McDonald", "BlackRock" and "iPhone" stay whole.
  private static final Pattern GLUED_WORDS =
      Pattern.compile("(?<![\\p{L}'’-])(\\p{L})(\\p{Ll}+)(\\p{Lu}\\p{Ll}+)");
  // "said.The" or "said.”The": a sentence end with no space after it.
  private static final Pattern GLUED_STOP =
      Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"”’]?)(?=[\"“‘]?\\p{Lu}\\p{Ll})");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?…][\"”’)]?)\\s+(?=[\"“‘(]?[\\p{Lu}\\p{N}])");
  private static final List<String> OPENERS =
      List.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "but",
          "and",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "this",
          "that",
          "these",
          "those",
          "there",
          "his",
          "her",
          "its",
          "their",
          "after",
          "as",
          "for",
          "if",
          "when",
          "while",
          "according",
          "speaking",
          "meanwhile",
          "however",
          "earlier");

  private final BoilerplatePhrases phrases;

  SentenceRepair(BoilerplatePhrases phrases) {
    this.phrases = phrases;
  }

  /**
   * The paragraphs of one prose line: glued sentences split, furniture sentences removed. Two
   * sentences glued without a full stop were two elements (standfirst and text), so they become two
   * paragraphs.
   */
  List<String> paragraphs(String line) {
    String spaced = mayBeGlued(line, true) ? GLUED_STOP.matcher(line).replaceAll(" ") : line;
    var out = new ArrayList<String>();
    for (String part : mayBeGlued(spaced, false) ? splitGlued(spaced) : List.of(spaced)) {
      var kept = new ArrayList<String>();
      for (String sentence : SENTENCE_END.split(part)) {
        if (!phrases.isSkip(sentence)) {
          kept.add(sentence.strip());
        }
      }
      if (!kept.isEmpty()) {
        out.add(String.join(" ", kept));
      }
    }
    return out;
  }

  /**
   * A cheap test before the expressions: a small letter right before a capital
   * ("saysPreparations"), or with {@code stop}, a sentence end right before a letter or a quote
   * ("said.The").
   */
  private static boolean mayBeGlued(String text, boolean stop) {
    for (int i = 1; i < text.length(); i++) {
      char a = text.charAt(i - 1);
      char b = text.charAt(i);
      if (stop
          ? (a == '.' || a == '!' || a == '?' || a == '”' || a == '"' || a == '’')
              && (Character.isUpperCase(b) || b == '"' || b == '“' || b == '‘')
          : Character.isLowerCase(a) && Character.isUpperCase(b)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> splitGlued(String text) {
    var parts = new ArrayList<String>();
    Matcher m = GLUED_WORDS.matcher(text);
    int from = 0;
    while (m.find()) {
      boolean lowerWord = Character.isLowerCase(m.group(1).charAt(0));
      String next = m.group(3).toLowerCase(Locale.ROOT);
      if ((lowerWord && m.group(2).length() >= 1) || (!lowerWord && isOpener(next))) {
        int cut = m.start(3);
        parts.add(text.substring(from, cut).strip());
        from = cut;
      }
    }
    parts.add(text.substring(from).strip());
    parts.removeIf(String::isEmpty);
    return parts;
  }

  private static boolean isOpener(String word) {
    return OPENERS.contains(word) || EnglishAnalyzer.getDefaultStopSet().contains(word);
  }
}
