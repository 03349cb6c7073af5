package newsearch.indexer.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import newsearch.indexer.model.Extraction;

/**
 * What a reindex did, counted as it goes (thread-safe): articles new, updated, unchanged and
 * removed, and every file or part of a file skipped with its reason.
 */
public final class ReindexReport {

  /** A file, or a part of one such as {@code line 17}, that was not indexed. */
  public record Skip(String file, String where, String reason) {
    @Override
    public String toString() {
      return file + (where.isEmpty() ? "" : " " + where) + ": " + reason;
    }
  }

  private final AtomicLong added = new AtomicLong();
  private final AtomicLong updated = new AtomicLong();
  private final AtomicLong unchanged = new AtomicLong();
  private final AtomicLong removed = new AtomicLong();
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong textChars = new AtomicLong();
  private final List<Skip> skips = Collections.synchronizedList(new ArrayList<>());
  private final List<Skip> shortened = Collections.synchronizedList(new ArrayList<>());
  private final ExtractionCounts extraction = new ExtractionCounts();
  private volatile long millis;
  private volatile String stories = "";
  private volatile String bodyFurniture = "";

  /**
   * One article indexed.
   *
   * @param replacing whether it replaces the articles of a changed file
   * @param chars the length of its headline and body: what "MB of text" counts
   * @param how how its fields were read
   */
  public void added(boolean replacing, long chars, Extraction how) {
    (replacing ? updated : added).incrementAndGet();
    textChars.addAndGet(chars);
    extraction.add(how);
  }

  public void unchanged(int articles) {
    unchanged.addAndGet(articles);
  }

  public void removed(int articles) {
    removed.addAndGet(articles);
  }

  public void fileRead(long size) {
    files.incrementAndGet();
    bytes.addAndGet(size);
  }

  public void skipped(String file, String where, String reason) {
    skips.add(new Skip(file, where, reason));
  }

  /** An article indexed with a value cut ({@link ExactValues}). */
  public void shortened(String file, String where, String what) {
    shortened.add(new Skip(file, where, what));
  }

  /** The articles indexed with a value cut, in the order met. */
  public List<Skip> shortened() {
    synchronized (shortened) {
      return List.copyOf(shortened);
    }
  }

  /**
   * The story pass of this run: near-duplicate articles joined into stories.
   *
   * @param groups stories of two or more articles in the index
   * @param articles articles whose story changed
   */
  public void stories(int groups, int articles, int candidatePairs, long millis) {
    stories =
        String.format(
            "Stories: %,d of several articles (%,d candidate pairs); %,d articles changed story;"
                + " %.1f s.%n",
            groups, candidatePairs, articles, millis / 1000.0);
  }

  /** What cleaning took out of JSON bodies: the report's lines for it, empty for none. */
  public void bodyFurniture(String lines) {
    bodyFurniture = lines;
  }

  public void finished(long millis) {
    this.millis = millis;
  }

  public long added() {
    return added.get();
  }

  public long updated() {
    return updated.get();
  }

  public long unchanged() {
    return unchanged.get();
  }

  public long removed() {
    return removed.get();
  }

  /** Files read and parsed in this run (unchanged files are not read). */
  public long filesRead() {
    return files.get();
  }

  public long bytesRead() {
    return bytes.get();
  }

  /** Characters of headline and body indexed in this run. */
  public long textChars() {
    return textChars.get();
  }

  public long millis() {
    return millis;
  }

  /** Skipped files and parts, in file order. */
  public List<Skip> skips() {
    synchronized (skips) {
      return skips.stream().sorted(Comparator.comparing(Skip::file)).toList();
    }
  }

  /** The articles the index holds after this run. */
  public long total() {
    return added() + updated() + unchanged();
  }

  /** The summary a user reads at the end of a reindex. */
  public String summary() {
    double seconds = Math.max(millis, 1) / 1000.0;
    long parsed = added() + updated();
    var sb = new StringBuilder();
    sb.append(
        String.format(
            "Indexed %,d articles in %.1f s: %,d new, %,d updated, %,d unchanged, %,d removed;"
                + " %,d skipped.%n",
            total(), seconds, added(), updated(), unchanged(), removed(), skips.size()));
    if (parsed > 0) {
      sb.append(
          String.format(
              "Read %,d files (%.1f MB on disk, %.1f MB of text): %,.0f articles/s, %.2f MB of text/s.%n",
              filesRead(),
              bytesRead() / 1e6,
              textChars() / 1e6,
              parsed / seconds,
              textChars() / 1e6 / seconds));
    }
    sb.append(extraction.summary());
    sb.append(bodyFurniture);
    sb.append(stories);
    List<Skip> cut = shortened();
    if (!cut.isEmpty()) {
      sb.append("Indexed with a value cut:").append(System.lineSeparator());
      cut.forEach(s -> sb.append("  ").append(s).append(System.lineSeparator()));
    }
    List<Skip> list = skips();
    if (!list.isEmpty()) {
      sb.append("Skipped:").append(System.lineSeparator());
      list.forEach(s -> sb.append("  ").append(s).append(System.lineSeparator()));
    }
    return sb.toString();
  }
}
