package newsearch.indexer;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/** A one-line progress bar on a terminal: bytes done, articles, rate and time left. */
final class Progress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream out;
  private final long totalBytes;
  private final long start = System.nanoTime();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong lastDraw = new AtomicLong();

  /**
   * @param out the terminal, or null to draw nothing (output is a file or a pipe)
   */
  Progress(PrintStream out, long totalBytes) {
    this.out = out;
    this.totalBytes = Math.max(totalBytes, 1);
  }

  void bytes(long n) {
    bytes.addAndGet(n);
    draw(false);
  }

  void article() {
    articles.incrementAndGet();
    draw(false);
  }

  void done() {
    if (out != null) {
      draw(true);
      out.println();
    }
  }

  private void draw(boolean force) {
    if (out == null) {
      return;
    }
    long now = System.nanoTime();
    long last = lastDraw.get();
    if (!force && (now - last < INTERVAL_NANOS || !lastDraw.compareAndSet(last, now))) {
      return;
    }
    double seconds = (now - start) / 1e9;
    double fraction = Math.min(1.0, bytes.get() / (double) totalBytes);
    int width = 30;
    int filled = (int) (fraction * width);
    String eta =
        fraction > 0.01 && fraction < 1
            ? String.format("%.0f s left", seconds / fraction - seconds)
            : "";
    synchronized (out) {
      out.printf(
          "\r[%s%s] %3.0f%%  %,d articles  %,.0f/s  %s   ",
          "#".repeat(filled),
          " ".repeat(width - filled),
          fraction * 100,
          articles.get(),
          articles.get() / Math.max(seconds, 0.001),
          eta);
      out.flush();
    }
  }
}
