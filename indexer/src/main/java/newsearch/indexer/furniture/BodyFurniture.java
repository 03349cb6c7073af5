package newsearch.indexer.furniture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsearch.indexer.extract.SourceAliases;
import newsearch.indexer.extract.TextNorm;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What a scraper left in the bodies it cut out (JSON lines): paragraphs that recur across an
 * outlet's articles or the corpus's ("Story continued below", a newsletter blurb) and the prefixes
 * it glued to the front of paragraphs ("Image copyright Reuters Image caption"). Learnt by {@link
 * BodyFurnitureLearner} when an index is built from nothing, stored in its commit ({@link
 * #COMMIT_KEY}) and used unchanged until the next such run, as {@link Furniture} is for text pages.
 */
public final class BodyFurniture {

  /** The commit user-data entry that holds the model. */
  public static final String COMMIT_KEY = "newsearch.body-furniture";

  /** The outlet of an entry that holds across the whole corpus (folded outlets have no '*'). */
  static final String CORPUS = "*";

  private static final String FORMAT = "body furniture 1";
  private static final BodyFurniture NONE = new BodyFurniture(List.of(), List.of());
  private static final int MAX_KEPT = 50_000;

  /**
   * A learnt line or prefix.
   *
   * @param outlet the outlet's folded name, or {@code *} for the whole corpus
   * @param text the line or phrase, folded
   * @param stories on how many stories it was seen
   */
  public record Entry(String outlet, String text, int stories) {}

  private final List<Entry> lines;
  private final List<Entry> prefixes;
  private final LongIntMap lineIndex = new LongIntMap();
  private final LongIntMap prefixIndex = new LongIntMap();

  BodyFurniture(List<Entry> lines, List<Entry> prefixes) {
    this.lines = sorted(lines);
    this.prefixes = sorted(prefixes);
    for (int i = 0; i < this.lines.size(); i++) {
      Entry e = this.lines.get(i);
      lineIndex.put(scoped(Furniture.hashOfKey(e.text()), e.outlet()), i);
    }
    for (int i = 0; i < this.prefixes.size(); i++) {
      Entry e = this.prefixes.get(i);
      prefixIndex.put(scoped(Words.hash(e.text()), e.outlet()), i);
    }
  }

  private static List<Entry> sorted(List<Entry> entries) {
    return entries.stream()
        .sorted(
            Comparator.comparingInt(Entry::stories)
                .reversed()
                .thenComparing(Entry::outlet)
                .thenComparing(Entry::text))
        .limit(MAX_KEPT)
        .toList();
  }

  /** No furniture: bodies are indexed as given. */
  public static BodyFurniture none() {
    return NONE;
  }

  public boolean isEmpty() {
    return lines.isEmpty() && prefixes.isEmpty();
  }

  /** The learnt lines, most frequent first. */
  public List<Entry> lines() {
    return lines;
  }

  /** The learnt prefixes, most frequent first. */
  public List<Entry> prefixes() {
    return prefixes;
  }

  /**
   * {@code body} without its furniture lines and prefixes; the body as it is when cleaning would
   * leave nothing, since an article is never emptied by a guess.
   *
   * @param source the article's outlet as the corpus names it
   */
  public CleanedBody clean(String source, String body) {
    if (isEmpty() || body.isEmpty()) {
      return CleanedBody.unchanged(body);
    }
    String outlet = outletKey(source);
    var removals = new ArrayList<CleanedBody.Removal>();
    var kept = new ArrayList<String>();
    for (String line : body.split("\n", -1)) {
      String p = line.strip();
      Entry furniture = p.isEmpty() ? null : lineOf(outlet, p);
      if (furniture != null) {
        removals.add(new CleanedBody.Removal(furniture, false));
        continue;
      }
      Cut cut = p.isEmpty() ? null : prefixOf(outlet, p);
      if (cut == null) {
        kept.add(line);
        continue;
      }
      String rest = p.substring(cut.at()).strip();
      // What a label leaves of one word is its value (a credit, a link), not text.
      if (TextNorm.words(rest) >= 2) {
        kept.add(rest);
      }
      removals.add(new CleanedBody.Removal(cut.prefix(), true));
    }
    if (removals.isEmpty()) {
      return CleanedBody.unchanged(body);
    }
    String text = join(kept);
    return text.isBlank() ? CleanedBody.keptWhole(body) : new CleanedBody(text, removals, false);
  }

  private record Cut(Entry prefix, int at) {}

  private Entry lineOf(String outlet, String paragraph) {
    if (paragraph.length() > Furniture.MAX_CHARS) {
      return null;
    }
    return find(lines, lineIndex, Furniture.hash(paragraph), outlet);
  }

  /** The longest learnt prefix that {@code paragraph} opens with, glued to what follows. */
  private Cut prefixOf(String outlet, String paragraph) {
    Words w = Words.of(paragraph, BodyFurnitureLearner.MAX_PREFIX_WORDS + 1);
    int longest = Math.min(w.size() - 1, BodyFurnitureLearner.MAX_PREFIX_WORDS);
    long[] hashes = new long[Math.max(0, longest) + 1];
    for (int n = 1; n <= longest; n++) {
      hashes[n] = Words.extend(hashes[n - 1], w.wordHash(n - 1));
    }
    for (int n = longest; n >= 1; n--) {
      Entry e = find(prefixes, prefixIndex, hashes[n], outlet);
      if (e != null && w.gluedAt(n)) {
        return new Cut(e, w.cut(n));
      }
    }
    return null;
  }

  private static Entry find(List<Entry> entries, LongIntMap index, long hash, String outlet) {
    int i = outlet.isEmpty() ? -1 : index.get(scoped(hash, outlet));
    if (i < 0) {
      i = index.get(scoped(hash, CORPUS));
    }
    return i < 0 ? null : entries.get(i);
  }

  /** The kept lines, without the runs of blank lines that removed ones leave. */
  private static String join(List<String> kept) {
    var sb = new StringBuilder();
    boolean blank = true;
    for (String line : kept) {
      boolean isBlank = line.isBlank();
      if (isBlank && blank) {
        continue;
      }
      sb.append(line).append('\n');
      blank = isBlank;
    }
    return sb.toString().strip();
  }

  /** A body's paragraphs as the learner sees them: its lines, stripped, blank ones left out. */
  static List<String> paragraphs(String body) {
    var paragraphs = new ArrayList<String>();
    for (String line : body.split("\n")) {
      String p = line.strip();
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return paragraphs;
  }

  /** One key per outlet, however the corpus spells it: its aliases resolved, then folded. */
  static String outletKey(String source) {
    return source == null || source.isBlank()
        ? ""
        : TextNorm.fold(SourceAliases.defaults().canonical(source));
  }

  /** A key that holds in one outlet only, or across the corpus for {@link #CORPUS}. */
  static long scoped(long key, String outlet) {
    long h = (key ^ Furniture.hashOfKey(outlet) * 0xC2B2AE3D27D4EB4FL) * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 31);
  }

  /** The form stored in the commit: a header, then {@code KIND<TAB>STORIES<TAB>OUTLET<TAB>TEXT}. */
  public String serialize() {
    var sb = new StringBuilder(FORMAT).append('\n');
    lines.forEach(e -> append(sb, "line", e));
    prefixes.forEach(e -> append(sb, "prefix", e));
    return sb.toString();
  }

  private static void append(StringBuilder sb, String kind, Entry e) {
    sb.append(kind).append('\t').append(e.stories()).append('\t').append(e.outlet());
    sb.append('\t').append(e.text()).append('\n');
  }

  /** Reads what {@link #serialize} wrote; none for an empty or unknown text. */
  public static BodyFurniture parse(String text) {
    if (text == null || !text.startsWith(FORMAT + "\n")) {
      return NONE;
    }
    var lines = new ArrayList<Entry>();
    var prefixes = new ArrayList<Entry>();
    for (String line : text.substring(FORMAT.length() + 1).split("\n")) {
      String[] f = line.split("\t", 4);
      if (f.length == 4) {
        var e = new Entry(f[2], f[3], Integer.parseInt(f[1]));
        (f[0].equals("prefix") ? prefixes : lines).add(e);
      }
    }
    return lines.isEmpty() && prefixes.isEmpty() ? NONE : new BodyFurniture(lines, prefixes);
  }

  /** The model stored with the last commit of {@code dir}; none when there is none. */
  public static BodyFurniture of(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return NONE;
    }
    return parse(SegmentInfos.readLatestCommit(dir).getUserData().get(COMMIT_KEY));
  }
}
