package newsearch.indexer.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.extract.TextNorm;

/**
 * Turns the lines of a scraped page back into its paragraphs. Text dumps break paragraphs in two
 * ways: a browser dump ({@code lynx -dump}, {@code w3m -dump}) wraps them at a fixed width, and a
 * page whose tags were stripped puts every text node on a line of its own, so a paragraph with a
 * link in it comes out as three lines ("…said at", "a rally", "in Louisiana last week."). List
 * items lose their bullets and keep that they were items.
 */
final class ParagraphJoiner {

  /** One paragraph: its text, whether it was a list item, and how many page lines it took. */
  record Paragraph(String text, boolean item, int lines) {}

  // Lynx marks list items with * + o (by depth) and #, w3m with • □ ☆ ○ ◦ and the like.
  private static final Pattern BULLET =
      Pattern.compile("^(\\s*)(?:[*+#•◦▪□■●○☆★·‣⁃]|(?<=^\\s{3,})o)\\s+(?=\\S)");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+\\S");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\S+");
  // An image, in lynx's way ("[photo.jpg?w=640]") or w3m's (the name cut to ten characters:
  // "[CIK_2018Bo]", "[blank_1x1]", "[gif]"), or an edit mark; a name in capitals ("[Reuters]") is
  // kept.
  private static final Pattern IMAGE =
      Pattern.compile(
          "\\[[^\\]\\s]*\\.(?i:jpe?g|png|gif|webp|svg)(?:[?&#][^\\]]*)?]|\\[(?:INS|DEL): ?:(?:INS|DEL)]");
  private static final Pattern LEADING_IMAGE =
      Pattern.compile("^(?:\\[(?:[^\\]\\s]*[\\d_./:=-][^\\]\\s]*|\\p{Ll}[\\p{Ll}\\d]*)?]\\s*)+");
  // A wrapped dump has no longer lines than its width; a few over it are tables or preformatted.
  private static final int MAX_WRAP_WIDTH = 132;
  private static final String CLOSERS = ",.;:!?)]}’”»%…";
  private static final String OPENERS = "([{“‘«$";
  private static final int MAX_BRIDGE_WORDS = 5;
  private static final int MIN_BRIDGED_WORDS = 5;
  private static final int MIN_WRAPPED_LINES = 3;
  private static final double MAX_OVERLONG_SHARE = 0.01;

  private final StopWords stopWords;

  ParagraphJoiner(StopWords stopWords) {
    this.stopWords = stopWords;
  }

  List<Paragraph> join(String page) {
    String[] raw = page.split("\\R", -1);
    int width = wrapWidth(raw);
    var out = new ArrayList<Paragraph>();
    StringBuilder text = null;
    boolean item = false;
    int lines = 0;
    int indent = 0;
    String last = "";
    for (int i = 0; i < raw.length; i++) {
      String stripped = raw[i].stripTrailing();
      Matcher bullet = BULLET.matcher(stripped);
      boolean bulleted = mayBeMarked(stripped) && bullet.find();
      String body = text(bulleted ? stripped.substring(bullet.end()) : stripped);
      if (body.isEmpty()) {
        flush(out, text, item, lines);
        text = null;
        out.add(new Paragraph("", false, 1));
        continue;
      }
      boolean isItem = bulleted || mayBeMarked(stripped) && NUMBERED.matcher(stripped).find();
      int lineIndent = bulleted ? bullet.end() : indentOf(stripped);
      boolean joins =
          text != null
              && !isItem
              && (wrapped(last, body, width, lineIndent, indent)
                  || continues(text, body)
                  || bridges(text, body, i + 1 < raw.length ? raw[i + 1] : ""));
      if (joins) {
        appendJoined(text, body);
        lines++;
      } else {
        flush(out, text, item, lines);
        text = new StringBuilder(body);
        item = isItem;
        lines = 1;
        // A wrapped item goes on under its text, not under its bullet.
        indent = lineIndent;
      }
      last = stripped;
    }
    flush(out, text, item, lines);
    return out;
  }

  /**
   * The line cleaned of odd spaces and of what a dump prints for an image or an edit:
   * "[photo.jpg]", "[INS: :INS]".
   */
  private static String text(String line) {
    String text = TextNorm.clean(line);
    if (text.indexOf('[') < 0) {
      return text;
    }
    text = IMAGE.matcher(text).replaceAll(" ");
    return TextNorm.clean(LEADING_IMAGE.matcher(TextNorm.clean(text)).replaceFirst(""));
  }

  /** Whether the line's first character could be a bullet or a number: a cheap test first. */
  private static boolean mayBeMarked(String line) {
    int i = indentOf(line);
    if (i >= line.length()) {
      return false;
    }
    char c = line.charAt(i);
    return !Character.isLetter(c) || c == 'o';
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static void flush(List<Paragraph> out, StringBuilder text, boolean item, int lines) {
    if (text != null) {
      out.add(new Paragraph(text.toString(), item, lines));
    }
  }

  /**
   * The width a browser dump was wrapped at, or 0 when its lines were not wrapped: nearly all lines
   * fit in a width of at most {@value #MAX_WRAP_WIDTH}, and several come close to it.
   */
  static int wrapWidth(String[] lines) {
    int nonBlank = 0;
    int overlong = 0;
    var lengths = new ArrayList<Integer>();
    for (String line : lines) {
      int n = line.stripTrailing().length();
      if (n == 0) {
        continue;
      }
      nonBlank++;
      if (n > MAX_WRAP_WIDTH) {
        overlong++;
      } else {
        lengths.add(n);
      }
    }
    if (nonBlank == 0 || overlong > nonBlank * MAX_OVERLONG_SHARE || lengths.isEmpty()) {
      return 0;
    }
    int width = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
    long near = lengths.stream().filter(n -> n >= width - 10).count();
    return near >= MIN_WRAPPED_LINES && width >= 40 ? width : 0;
  }

  /** The line before was broken by the wrapping: the next line's first word would not fit on it. */
  private static boolean wrapped(String before, String next, int width, int indent, int expected) {
    if (width == 0 || indent != expected) {
      return false;
    }
    Matcher m = FIRST_WORD.matcher(next);
    int word = m.find() ? m.group().length() : 0;
    return before.length() + 1 + word > width - 2;
  }

  /**
   * The next line continues the paragraph: the paragraph has not ended a sentence, and the line
   * goes on with a small letter or a closing mark, or the paragraph stopped on a function word
   * ("…won by", "30 points").
   */
  private boolean continues(CharSequence paragraph, String next) {
    if (LineClassifier.endsLikeSentence(paragraph)) {
      return false;
    }
    if (startsInside(next)) {
      return true;
    }
    String lastWord = lastWord(paragraph);
    return stopWords.isFunctionWord(lastWord) && hasWords(paragraph, 3);
  }

  /**
   * The line is a link or an emphasis in the middle of a sentence: short, after an unfinished
   * sentence, and the sentence goes on after it ("…the director told", "The Gazette", ". Both…").
   */
  private boolean bridges(CharSequence paragraph, String line, String after) {
    String next = after.strip();
    return !next.isEmpty()
        && startsInside(next)
        && !hasWords(line, MAX_BRIDGE_WORDS + 1)
        && !LineClassifier.endsLikeSentence(line)
        && !LineClassifier.endsLikeSentence(paragraph)
        && hasWords(paragraph, MIN_BRIDGED_WORDS);
  }

  /** Whether {@code text} has at least {@code n} words: counts no further than that. */
  private static boolean hasWords(CharSequence text, int n) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && words < n; i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !inWord) {
        words++;
      }
      inWord = w;
    }
    return words >= n;
  }

  private static boolean startsInside(String next) {
    int first = next.codePointAt(0);
    return Character.isLowerCase(first) || CLOSERS.indexOf(first) >= 0;
  }

  private static String lastWord(CharSequence text) {
    int end = text.length();
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    if (end < text.length()) {
      return ""; // ends with punctuation (a comma, a dash): not a bare function word
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.subSequence(start, end).toString();
  }

  private static void appendJoined(StringBuilder text, String next) {
    char last = text.charAt(text.length() - 1);
    int first = next.codePointAt(0);
    boolean tight = CLOSERS.indexOf(first) >= 0 || OPENERS.indexOf(last) >= 0;
    if (!tight) {
      text.append(' ');
    }
    text.append(next);
  }
}
