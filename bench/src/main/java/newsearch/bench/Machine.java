package newsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the figures were measured on.
 *
 * @param cores processors this JVM may use
 * @param maxHeapBytes this JVM's -Xmx (the indexing runs happen in it)
 * @param loadAverage the 1, 5 and 15 minute load averages when the run started (/proc/loadavg)
 */
public record Machine(
    int cores, String cpu, long maxHeapBytes, String jdk, String os, String loadAverage) {

  public static Machine now() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        Runtime.getRuntime().maxMemory(),
        System.getProperty("java.vm.vendor") + " " + Runtime.version(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        currentLoad());
  }

  /** "1.23 0.98 0.50": the 1, 5 and 15 minute load averages, or "?" off Linux. */
  public static String currentLoad() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+", -1);
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }
}
