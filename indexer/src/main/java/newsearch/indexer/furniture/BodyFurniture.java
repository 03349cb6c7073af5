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
 * outlet's articles or the corpus's ("Story continued below", a newsletter blurb). Learnt by {@link
 * BodyFurnitureLearner} when an index is built from nothing, stored in its commit ({@link
 * #COMMIT_KEY}) and used unchanged until the next such run, as {@link Furniture} is for text pages.
 */
public final class BodyFurniture {

  /** The commit user-data entry that holds the model. */
  public static final String COMMIT_KEY = "newsearch.body-furniture";

  /** The outlet of an entry that holds across the whole corpus (folded outlets have no '*'). */
  static final String CORPUS = "*";

  private static final String FORMAT = "body furniture 2";
  private static final BodyFurniture NONE = new BodyFurniture(List.of());
  private static final int MAX_KEPT = 50_000;

  /**
   * A learnt line.
   *
   * @param outlet the outlet's folded name, or {@code *} for the whole corpus
   * @param text the line, folded
   * @param stories on how many stories it was seen
   */
  public record Entry(String outlet, String text, int stories) {}

  private final List<Entry> lines;
  private final LongIntMap lineIndex = new LongIntMap();

  BodyFurniture(List<Entry> lines) {
    this.lines = sorted(lines);
    for (int i = 0; i < this.lines.size(); i++) {
      Entry e = this.lines.get(i);
      lineIndex.put(scoped(Furniture.hashOfKey(e.text()), e.outlet()), i);
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
    return lines.isEmpty();
  }

  /** The learnt lines, most frequent first. */
  public List<Entry> lines() {
    return lines;
  }

  /**
   * {@code body} without its furniture lines; the body as it is when cleaning would leave nothing,
   * since an article is never emptied by a guess.
   *
   * @param source the article's outlet as the corpus names it
   */
  public CleanedBody clean(String source, String body) {
    if (isEmpty() || body.isEmpty()) {
      return CleanedBody.unchanged(body);
    }
    String outlet = outletKey(source);
    var removed = new ArrayList<Entry>();
    var kept = new ArrayList<String>();
    for (String line : body.split("\n", -1)) {
      Entry furniture = lineOf(outlet, line.strip());
      if (furniture == null) {
        kept.add(line);
      } else {
        removed.add(furniture);
      }
    }
    if (removed.isEmpty()) {
      return CleanedBody.unchanged(body);
    }
    String text = join(kept);
    return text.isBlank() ? CleanedBody.keptWhole(body) : new CleanedBody(text, removed, false);
  }

  /** The learnt line {@code paragraph} is, of its outlet or else of the corpus; null for none. */
  private Entry lineOf(String outlet, String paragraph) {
    if (paragraph.isEmpty() || paragraph.length() > Furniture.MAX_CHARS) {
      return null;
    }
    long hash = Furniture.hash(paragraph);
    int i = outlet.isEmpty() ? -1 : lineIndex.get(scoped(hash, outlet));
    if (i < 0) {
      i = lineIndex.get(scoped(hash, CORPUS));
    }
    return i < 0 ? null : lines.get(i);
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

  /** The form stored in the commit: a header, then {@code STORIES<TAB>OUTLET<TAB>TEXT} a line. */
  public String serialize() {
    var sb = new StringBuilder(FORMAT).append('\n');
    for (Entry e : lines) {
      sb.append(e.stories()).append('\t').append(e.outlet()).append('\t').append(e.text());
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Reads what {@link #serialize} wrote; none for an empty or unknown text. */
  public static BodyFurniture parse(String text) {
    if (text == null || !text.startsWith(FORMAT + "\n")) {
      return NONE;
    }
    var lines = new ArrayList<Entry>();
    for (String line : text.substring(FORMAT.length() + 1).split("\n")) {
      String[] f = line.split("\t", 3);
      if (f.length == 3) {
        lines.add(new Entry(f[1], f[2], Integer.parseInt(f[0])));
      }
    }
    return lines.isEmpty() ? NONE : new BodyFurniture(lines);
  }

  /** The model stored with the last commit of {@code dir}; none when there is none. */
  public static BodyFurniture of(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return NONE;
    }
    return parse(SegmentInfos.readLatestCommit(dir).getUserData().get(COMMIT_KEY));
  }
}
