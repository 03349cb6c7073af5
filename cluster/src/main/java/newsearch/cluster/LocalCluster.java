package newsearch.cluster;

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
import java.util.stream.IntStream;

/**
 * A cluster of {@code nodes} OpenSearch nodes on loopback, each a child JVM with its own heap,
 * folder ({@code home/node-N}), log ({@code home/node-N.log}) and pid file ({@code
 * home/node-N.pid}). The first node's HTTP port is the one asked for; every other port is a free
 * one. Closing it stops every node and waits for them.
 */
public final class LocalCluster implements AutoCloseable {

  static final String NAME = "newsearch-local";

  private final List<Process> nodes;
  private final int httpPort;

  private LocalCluster(List<Process> nodes, int httpPort) {
    this.nodes = nodes;
    this.httpPort = httpPort;
  }

  /**
   * Starts the nodes and waits until the cluster is green with all of them.
   *
   * @param httpPort the first node's HTTP port; 0 for a free one
   * @param heap each node's JVM heap, such as {@code 512m}
   */
  public static LocalCluster start(int nodes, Path home, int httpPort, String heap, Duration wait)
      throws IOException, InterruptedException {
    if (nodes < 1 || nodes > 9) {
      throw new IllegalArgumentException("--nodes must be 1..9, was " + nodes);
    }
    Files.createDirectories(home);
    int first = httpPort == 0 ? freePort() : httpPort;
    List<Integer> transport = IntStream.range(0, nodes).mapToObj(i -> free()).toList();
    String seeds = String.join(",", transport.stream().map(p -> "127.0.0.1:" + p).toList());
    String managers =
        String.join(",", IntStream.rangeClosed(1, nodes).mapToObj(LocalCluster::name).toList());
    var started = new ArrayList<Process>();
    var cluster = new LocalCluster(started, first);
    try {
      for (int i = 0; i < nodes; i++) {
        String name = name(i + 1);
        var command =
            new ArrayList<>(
                List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xms" + heap,
                    "-Xmx" + heap,
                    "--enable-native-access=ALL-UNNAMED",
                    "-Dlog4j2.disable.jmx=true",
                    "-cp",
                    System.getProperty("java.class.path"),
                    NodeMain.class.getName(),
                    home.resolve(name).toString(),
                    name,
                    Integer.toString(i == 0 ? first : freePort()),
                    Integer.toString(transport.get(i)),
                    seeds,
                    managers));
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile())
                .start();
        started.add(process);
        Files.writeString(home.resolve(name + ".pid"), process.pid() + "\n");
      }
      cluster.awaitGreen(nodes, home, wait);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  static String name(int n) {
    return "node-" + n;
  }

  /** {@code http://127.0.0.1:PORT}, the first node's address. */
  public String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  /** The nodes' processes, first node first: a test may kill one. */
  public List<Process> processes() {
    return List.copyOf(nodes);
  }

  private void awaitGreen(int count, Path home, Duration wait)
      throws IOException, InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    var health =
        HttpRequest.newBuilder(
                URI.create(
                    url()
                        + "/_cluster/health?wait_for_status=green&wait_for_nodes="
                        + count
                        + "&timeout=1s"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < nodes.size(); i++) {
        if (!nodes.get(i).isAlive()) {
          throw new IOException(
              name(i + 1)
                  + " exited with "
                  + nodes.get(i).exitValue()
                  + "; see "
                  + home.resolve(name(i + 1) + ".log"));
        }
      }
      try {
        HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"status\":\"green\"")) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(200);
    }
    throw new IOException(
        "the cluster was not green with " + count + " nodes within " + wait + "; see " + home);
  }

  private static int free() {
    try {
      return freePort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Stops every node (SIGTERM, as Ctrl-C) and waits for each; kills one that hangs. */
  @Override
  public void close() {
    nodes.forEach(Process::destroy);
    for (Process p : nodes) {
      try {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
