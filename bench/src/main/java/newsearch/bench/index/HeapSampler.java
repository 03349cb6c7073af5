package newsearch.bench.index;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the heap in use every few milliseconds while a run lasts and keeps the highest value. It
 * counts garbage not yet collected too, so it is an upper bound of what the run needs.
 */
public final class HeapSampler implements AutoCloseable {

  private static final long INTERVAL_MILLIS = 10;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  public HeapSampler() {
    thread = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sample);
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The highest heap use seen so far, in bytes. */
  public long peak() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
