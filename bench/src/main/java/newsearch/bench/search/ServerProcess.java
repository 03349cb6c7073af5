package newsearch.bench.search;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code newsearch serve} as a child process on loopback, started with the same JDK and class path
 * as this benchmark (not through the launcher script, whose build check would be timed too),
 * optionally pinned to some cores with {@code taskset}.
 */
public final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final long startupMillis;

  private ServerProcess(Process process, int port, long startupMillis) {
    this.process = process;
    this.port = port;
    this.startupMillis = startupMillis;
  }

  /**
   * Starts the server on {@code index} and waits until it answers a search.
   *
   * @param cores a taskset core list such as "1", or null to leave it unpinned
   * @param jvmOptions more JVM options, such as the AOT cache's
   * @param log where the server's output goes
   */
  public static ServerProcess start(
      Path index, String heap, String cores, List<String> jvmOptions, Path log)
      throws IOException, InterruptedException {
    int port = freePort();
    var command = java(heap, cores, jvmOptions);
    command.addAll(
        List.of(
            "newsearch.server.ServerMain",
            "--index",
            index.toString(),
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(port)));
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    var probe =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=election"))
            .timeout(Duration.ofSeconds(30))
            .build();
    long deadline = start + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "the server exited with " + process.exitValue() + ": " + Files.readString(log));
      }
      try {
        if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return new ServerProcess(process, port, (System.nanoTime() - start) / 1_000_000);
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(5);
    }
    process.destroyForcibly();
    throw new IOException("the server did not answer within 5 minutes; see " + log);
  }

  /** A JVM of this JDK on this class path, with the launcher's options and {@code jvmOptions}. */
  static List<String> java(String heap, String cores, List<String> jvmOptions) {
    var command = new ArrayList<String>();
    if (cores != null) {
      command.addAll(List.of("taskset", "-c", cores));
    }
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "-Xmx" + heap,
            "--enable-native-access=ALL-UNNAMED",
            "--add-modules",
            "jdk.incubator.vector",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.log.org.apache.lucene=warn"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    return command;
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** From starting the JVM to the first search answered with 200. */
  public long startupMillis() {
    return startupMillis;
  }

  /** The server's peak resident memory (VmHWM) in bytes, or -1 where /proc does not tell. */
  public long peakResidentBytes() {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux, or the process is gone.
    }
    return -1;
  }

  /** Stops the server gracefully (SIGTERM), as Ctrl-C would, and waits for it to exit. */
  @Override
  public void close() {
    process.destroy();
    try {
      // A training run writes its AOT configuration as it exits: tens of MB, on one core.
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
