package newsearch.indexer.index;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import newsearch.indexer.model.Extraction;

/**
 * How a run's articles were read (thread-safe): bodies by method, doubtful bodies by method, dates
 * by where they came from, undated articles by why they have none, authors by where they came from.
 * A user reads from it which pages to check by hand.
 */
final class ExtractionCounts {

  /**
   * Under this confidence a body is doubtful: the search page's "hide doubtful extractions" and the
   * report use the same bound.
   */
  static final double DOUBTFUL = 0.5;

  private final Map<String, LongAdder> bodies = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> doubtful = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> dates = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> undated = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> authors = new ConcurrentHashMap<>();

  void add(Extraction e) {
    count(bodies, e.body());
    if (e.confidence() < DOUBTFUL) {
      count(doubtful, e.body());
    }
    count(dates, e.date().isEmpty() ? "none" : e.date());
    if (e.date().isEmpty()) {
      count(undated, e.undated().isEmpty() ? "not told" : e.undated());
    }
    count(authors, e.authors().isEmpty() ? "none" : e.authors());
  }

  /** The report's lines, empty when no article was read. */
  String summary() {
    if (bodies.isEmpty()) {
      return "";
    }
    long doubtfulTotal = doubtful.values().stream().mapToLong(LongAdder::sum).sum();
    String nl = System.lineSeparator();
    return "Bodies by method: "
        + list(bodies)
        + "; doubtful (confidence under "
        + DOUBTFUL
        + "): "
        + doubtfulTotal
        + (doubtfulTotal > 0 ? " (" + list(doubtful) + ")" : "")
        + "."
        + nl
        + "Dates by origin: "
        + list(dates)
        + "."
        + nl
        + (undated.isEmpty() ? "" : "Undated, why: " + list(undated) + "." + nl)
        + "Authors by origin: "
        + list(authors)
        + "."
        + nl;
  }

  private static void count(Map<String, LongAdder> map, String key) {
    map.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private static String list(Map<String, LongAdder> map) {
    var sorted = new TreeMap<String, Long>();
    map.forEach((k, v) -> sorted.put(k, v.sum()));
    var sb = new StringBuilder();
    sorted.forEach(
        (k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(String.format("%,d %s", v, k)));
    return sb.toString();
  }
}
