package newsearch.server.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One local OpenSearch cluster (three nodes) for every cluster test of a test run, started as
 * {@code ./newsearch opensearch} starts it: a child process from the cluster module's own jars, so
 * that no node has this module's classes or its Lucene on its class path.
 */
public final class LocalOpenSearch {

  private static String url;

  private LocalOpenSearch() {}

  /** The first node's address, starting the cluster on first use. */
  public static synchronized String url() throws IOException, InterruptedException {
    if (url == null) {
      url = start();
    }
    return url;
  }

  private static String start() throws IOException, InterruptedException {
    Path target = Path.of("..", "cluster", "target").toAbsolutePath().normalize();
    Path jar = target.resolve("newsearch-cluster.jar");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(target.resolve("lib"))) {
      throw new IllegalStateException(
          "No cluster jars at " + target + ": run the cluster tests with mvn verify -Popensearch");
    }
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path home = Files.createTempDirectory("newsearch-test-cluster");
    Process process =
        new ProcessBuilder(
                List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-cp",
                    jar + ":" + target.resolve("lib") + "/*",
                    "newsearch.cluster.ClusterMain",
                    "--nodes",
                    "3",
                    "--home",
                    home.toString(),
                    "--http-port",
                    Integer.toString(port),
                    "--node-heap",
                    "384m"))
            .redirectErrorStream(true)
            .start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  process.destroy();
                  try {
                    process.waitFor(60, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    var lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    var seen = new StringBuilder();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      seen.append(line).append('\n');
      if (line.contains(" green at ")) {
        // Keep reading its output, or a full pipe would stall the cluster's launcher.
        Thread.ofPlatform().daemon().start(() -> lines.lines().forEach(l -> {}));
        return "http://127.0.0.1:" + port;
      }
    }
    throw new IOException("The local cluster did not start:\n" + seen);
  }
}
