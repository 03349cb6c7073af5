package newsearch.indexer.furniture;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a run's cleaning took out of JSON bodies (thread-safe), for the reindex report: lines
 * removed, by line, and the bodies that held only furniture and were kept whole.
 */
public final class BodyFurnitureCounts {

  private static final int TOP = 12;

  private final LongAdder bodies = new LongAdder();
  private final LongAdder cleaned = new LongAdder();
  private final LongAdder keptWhole = new LongAdder();
  private final LongAdder lines = new LongAdder();
  private final Map<String, LongAdder> byPattern = new ConcurrentHashMap<>();

  /** Counts one body as cleaning left it. */
  public void add(CleanedBody body) {
    bodies.increment();
    if (body.keptWhole()) {
      keptWhole.increment();
    }
    if (!body.removed().isEmpty()) {
      cleaned.increment();
    }
    for (BodyFurniture.Entry e : body.removed()) {
      lines.increment();
      byPattern.computeIfAbsent(label(e), k -> new LongAdder()).increment();
    }
  }

  public long linesRemoved() {
    return lines.sum();
  }

  public long keptWhole() {
    return keptWhole.sum();
  }

  /** The report's lines; empty when the model is empty or no JSON body was read. */
  public String summary(BodyFurniture model) {
    if (model.isEmpty() || bodies.sum() == 0) {
      return "";
    }
    String nl = System.lineSeparator();
    var sb = new StringBuilder();
    sb.append(
        String.format(
            "JSON bodies: %,d furniture lines removed from %,d of %,d bodies;"
                + " %,d only furniture, kept whole (model: %,d lines).%n",
            lines.sum(), cleaned.sum(), bodies.sum(), keptWhole.sum(), model.lines().size()));
    List<Map.Entry<String, Long>> top =
        byPattern.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue().sum()))
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP)
            .toList();
    top.forEach(e -> sb.append(String.format("  %,7d  %s", e.getValue(), e.getKey())).append(nl));
    return sb.toString();
  }

  private static String label(BodyFurniture.Entry e) {
    String where = e.outlet().equals(BodyFurniture.CORPUS) ? "corpus" : e.outlet();
    return "\"" + abbreviated(e.text()) + "\" (" + where + ")";
  }

  private static String abbreviated(String text) {
    return text.length() <= 70 ? text : text.substring(0, 67) + "...";
  }
}
