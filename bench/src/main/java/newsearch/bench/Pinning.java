package newsearch.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Keeps the load client and the server on different cores with {@code taskset}: this JVM (the
 * client) on core 0, the server on the others. Without taskset or with one core, nothing is pinned.
 */
record Pinning(boolean enabled, int cores) {

  static Pinning detect(int cores) {
    boolean taskset = cores >= 2 && run(List.of("taskset", "-V"));
    return new Pinning(taskset, cores);
  }

  /** The server's cores as a taskset list, or null when not pinning. */
  String serverCores() {
    return !enabled ? null : cores == 2 ? "1" : "1-" + (cores - 1);
  }

  void pinSelf() {
    if (enabled) {
      taskset("0");
    }
  }

  void unpinSelf() {
    if (enabled) {
      taskset("0-" + (cores - 1));
    }
  }

  String description() {
    return enabled
        ? "load client on core 0, server on cores " + serverCores() + " (taskset)"
        : "not pinned (no taskset or one core): client and server share the cores";
  }

  private static void taskset(String list) {
    // -a: every thread of this JVM, not only the main one.
    run(List.of("taskset", "-a", "-p", "-c", list, Long.toString(ProcessHandle.current().pid())));
  }

  private static boolean run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
