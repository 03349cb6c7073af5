package newsearch.indexer.furniture;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import newsearch.indexer.extract.TextNorm;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What a corpus's pages print around their articles: normalised lines, each with the number of
 * different stories it was seen on. Frozen: learnt once ({@link FurnitureLearner}), then stored in
 * the index's commit ({@link #COMMIT_KEY}), so that it changes atomically with the index and an
 * incremental run extracts new pages as the full run extracted the others.
 */
public final class Furniture {

  /** The commit user-data entry that holds the model. */
  public static final String COMMIT_KEY = "newsearch.furniture";

  private static final String FORMAT = "furniture 1";
  // Longer paragraphs are articles' own, never repeated furniture; they are not even normalised.
  static final int MAX_CHARS = 1000;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final Furniture NONE = new Furniture(Map.of());

  private final Map<String, Integer> stories;
  // The lines' hashes, looked up without normalising each paragraph into a new string.
  private final LongIntMap hashes = new LongIntMap();

  Furniture(Map<String, Integer> stories) {
    this.stories = Collections.unmodifiableMap(new LinkedHashMap<>(stories));
    stories.forEach((key, count) -> hashes.put(hashOfKey(key), count));
  }

  /** No furniture: what a page is extracted with when no corpus was learnt. */
  public static Furniture none() {
    return NONE;
  }

  /** True when {@code paragraph} is one of the corpus's furniture lines. */
  public boolean isFurniture(String paragraph) {
    return !stories.isEmpty()
        && paragraph.length() <= MAX_CHARS
        && hashes.get(hash(paragraph)) >= 0;
  }

  /** The furniture lines, normalised, each with the number of stories it was seen on. */
  public Map<String, Integer> lines() {
    return stories;
  }

  public int size() {
    return stories.size();
  }

  /** The form stored in the commit: a header line, then one {@code COUNT<TAB>LINE} a line. */
  public String serialize() {
    var sb = new StringBuilder(FORMAT).append('\n');
    stories.forEach((line, count) -> sb.append(count).append('\t').append(line).append('\n'));
    return sb.toString();
  }

  /** Reads what {@link #serialize} wrote; none for an empty or unknown text. */
  public static Furniture parse(String text) {
    if (text == null || !text.startsWith(FORMAT + "\n")) {
      return NONE;
    }
    var stories = new LinkedHashMap<String, Integer>();
    for (String line : text.substring(FORMAT.length() + 1).split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        stories.put(line.substring(tab + 1), Integer.parseInt(line.substring(0, tab)));
      }
    }
    return new Furniture(stories);
  }

  /** The model stored with the last commit of {@code dir}; none when there is none. */
  public static Furniture of(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return NONE;
    }
    return parse(SegmentInfos.readLatestCommit(dir).getUserData().get(COMMIT_KEY));
  }

  /** A line's normal form: lower case, no accents or punctuation; numbers kept (dates differ). */
  static String key(String paragraph) {
    return TextNorm.fold(paragraph);
  }

  /**
   * The hash of {@link #key}: computed on the fly for a line whose words are in ASCII, the most
   * frequent case (typographic quotes and dashes around them are not words, and do not count).
   */
  static long hash(String paragraph) {
    for (int i = 0; i < paragraph.length(); i++) {
      if (paragraph.charAt(i) >= 0x80 && mayFold(paragraph.charAt(i))) {
        return hashOfKey(key(paragraph));
      }
    }
    long h = FNV_OFFSET;
    boolean inWord = false;
    boolean any = false;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (word) {
        if (!inWord && any) {
          h = (h ^ ' ') * FNV_PRIME;
        }
        h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
        any = true;
      }
      inWord = word;
    }
    return h;
  }

  /**
   * True when {@code c} may be, or become in {@link TextNorm#fold}, part of a word: a letter, a
   * number, a mark, or half of a character outside the basic plane.
   */
  private static boolean mayFold(char c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.SPACE_SEPARATOR,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL ->
          false;
      default -> true;
    };
  }

  /** FNV-1a, 64 bits: collisions among a corpus's lines are negligible. */
  static long hashOfKey(String key) {
    long h = FNV_OFFSET;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * FNV_PRIME;
    }
    return h;
  }
}
