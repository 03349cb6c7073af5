package newsearch.indexer.extract.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.furniture.Furniture;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Sorts the lines of a page by shape: prose (sentences), short lines (headlines, subheadings, menu
 * items), and kinds of furniture that never belong to the article.
 */
final class LineClassifier {

  /** What a line is. */
  enum Kind {
    BLANK,
    /** Furniture to drop (in-article nag, share button); does not end the article. */
    SKIP,
    /** A list header ("Related Articles"): once the article has begun, it ends here. */
    END,
    /** A run of timestamped headlines on one line. */
    TICKER,
    /** Template code that leaked into the text. */
    GLITCH,
    /** A line that recurs across the corpus's pages ({@link Furniture}). */
    FURNITURE,
    /** What a dump keeps of markup: an image's file name, a frame, a button, a bare address. */
    MARKUP,
    CAPTION,
    PROSE,
    SHORT
  }

  private static final CharArraySet ENGLISH_STOP_WORDS =
      new CharArraySet(EnglishAnalyzer.getDefaultStopSet(), true);

  private static final Pattern STAMP =
      Pattern.compile("(?<![\\d:/])(?:\\d{1,2}:\\d{2}|\\d{1,2}/\\d{1,2})(?![\\d:/])");
  private static final Pattern GLITCH =
      Pattern.compile(
          "\\w\\?\\.\\w|\\{\\{|}}|\\$\\{|\\[object Object]|\\b(?:undefined|NaN)\\b|\\.\\w+\\(\\)");
  // Cheap test first: the regex runs only on lines holding one of these.
  private static final List<String> GLITCH_HINTS =
      List.of("?.", "{{", "}}", "${", "[object", "undefined", "NaN", "()");
  // A gallery's count before a caption: "1 of 4", "2of4The shop…", "Image 3 of 5", "1 / 23".
  private static final Pattern GALLERY_COUNT =
      Pattern.compile(
          "(?iu)(?:\\d{1,3}of\\d{1,3}|(?:image|photo|picture|foto|bild)\\s*\\d{1,3}\\s*(?:of|/|von|de|di|sur)\\s*\\d{1,3}"
              + "|\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}$)(?!\\d)");
  private static final String CLOSERS = "\"”’'»)]";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
  private static final Pattern MARKUP = Pattern.compile("^(?:IFRAME:|\\(BUTTON\\))|&lt;/?\\w");

  private static final int MIN_SENTENCE_WORDS = 5;
  private static final int MIN_QUESTION_WORDS = 12;
  private static final int MIN_UNPUNCTUATED_WORDS = 20;
  private static final int MAX_LABEL_CHARS = 24;
  private static final int MIN_STAMPS = 5;
  private static final int MAX_WORDS_PER_STAMP = 30;
  // Lists of names or keywords run long with hardly a function word.
  private static final double MIN_STOP_SHARE = 0.08;

  private final BoilerplatePhrases phrases;

  LineClassifier(BoilerplatePhrases phrases) {
    this.phrases = phrases;
  }

  /** What {@code line} is. */
  Kind classify(String line) {
    if (TextNorm.words(line) == 0) {
      return Kind.BLANK;
    }
    String key = line.length() <= BoilerplatePhrases.MAX_CHARS ? TextNorm.key(line) : "";
    if (phrases.isEndKey(key)) {
      return Kind.END;
    }
    if (phrases.isSkipKey(key) || isLabelledLink(line) || phrases.opensWithSkip(line)) {
      return Kind.SKIP;
    }
    if (GLITCH_HINTS.stream().anyMatch(line::contains) && GLITCH.matcher(line).find()) {
      return Kind.GLITCH;
    }
    if (isMarkup(line)) {
      return Kind.MARKUP;
    }
    if (isTicker(line)) {
      return Kind.TICKER;
    }
    if (phrases.isCaption(line) || GALLERY_COUNT.matcher(line).lookingAt()) {
      return Kind.CAPTION;
    }
    return isProse(line) ? Kind.PROSE : Kind.SHORT;
  }

  /**
   * A link to another article under a furniture label: "Related: Plumes on Europa", "Read more:
   * Alibaba's listing". The label alone is a phrase to skip or a list header.
   */
  private boolean isLabelledLink(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || colon > MAX_LABEL_CHARS || colon == line.length() - 1) {
      return false;
    }
    String label = line.substring(0, colon);
    return phrases.isSkip(label) || phrases.isEnd(label);
  }

  /**
   * Markup that a text dump printed as text: "IFRAME: https://…", "(BUTTON) Subscribe", an escaped
   * tag.
   */
  static boolean isMarkup(String line) {
    return MARKUP.matcher(line).find();
  }

  /** True for a sentence or paragraph: a headline or a menu item is not. */
  static boolean isProse(String line) {
    int words = words(line);
    String end = trimClosers(line);
    boolean prose;
    // Titles end with these too ("Millennials strike back!"): a sentence needs more words.
    if (end.endsWith("?") || end.endsWith("!") || end.endsWith(":")) {
      prose = words >= MIN_QUESTION_WORDS;
    } else if (endsLikeSentence(line)) {
      prose = words >= MIN_SENTENCE_WORDS && !isTitleCase(line);
    } else {
      prose = words >= MIN_UNPUNCTUATED_WORDS && !isTitleCase(line);
    }
    return prose
        && (words < MIN_UNPUNCTUATED_WORDS
            || stopWordShare(line) >= MIN_STOP_SHARE
            || cjkChars(line) * 2 > line.length());
  }

  /** Ends with a full stop, an exclamation mark, an ellipsis or a colon, perhaps inside quotes. */
  static boolean endsLikeSentence(CharSequence line) {
    int end = line.length();
    while (end > 0 && isCloser(line.charAt(end - 1))) {
      end--;
    }
    return end > 0 && ".!…:。！".indexOf(line.charAt(end - 1)) >= 0;
  }

  private static boolean isCloser(char c) {
    return Character.isWhitespace(c) || CLOSERS.indexOf(c) >= 0;
  }

  /** Share of words that are stop words in one of the corpus' languages. */
  static double stopWordShare(String line) {
    CharArraySet stopWords = StopWords.defaults().all();
    Matcher m = WORD.matcher(line);
    int words = 0;
    int stop = 0;
    while (m.find()) {
      words++;
      if (stopWords.contains(m.group())) {
        stop++;
      }
    }
    return words == 0 ? 0 : (double) stop / words;
  }

  private boolean isTicker(String line) {
    int marks = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      marks += c == ':' || c == '/' ? 1 : 0;
    }
    if (marks < MIN_STAMPS) {
      return false;
    }
    Matcher m = STAMP.matcher(line);
    int stamps = 0;
    while (m.find()) {
      stamps++;
    }
    return stamps >= MIN_STAMPS && TextNorm.words(line) <= stamps * MAX_WORDS_PER_STAMP;
  }

  /** Headline Style: nearly every word that is not a stop word starts with a capital. */
  static boolean isTitleCase(String line) {
    Matcher m = WORD.matcher(line);
    int content = 0;
    int capital = 0;
    while (m.find()) {
      String w = m.group();
      if (!Character.isLetter(w.charAt(0)) || ENGLISH_STOP_WORDS.contains(w)) {
        continue;
      }
      content++;
      if (Character.isUpperCase(w.charAt(0))) {
        capital++;
      }
    }
    return content >= 3 && capital >= content * 0.85;
  }

  /**
   * Words, where a run of Chinese or Japanese characters (written without spaces) counts one word
   * for every two characters.
   */
  static int words(String line) {
    int cjk = cjkChars(line);
    return cjk == 0 ? TextNorm.words(line) : TextNorm.words(line) + cjk / 2;
  }

  static int cjkChars(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '\u3040' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af') {
        n++;
      }
    }
    return n;
  }

  private static String trimClosers(String line) {
    int end = line.length();
    while (end > 0
        && (Character.isWhitespace(line.charAt(end - 1))
            || CLOSERS.indexOf(line.charAt(end - 1)) >= 0)) {
      end--;
    }
    return line.substring(0, end);
  }
}
