package newsearch.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsearch opensearch}: a local cluster in the foreground until Ctrl-C. */
@Command(
    name = "opensearch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Start a local OpenSearch cluster on loopback, each node in its own JVM (logs and pids in"
          + " --home), and keep it running until Ctrl-C, which stops every node. For trying the"
          + " cluster backend and for its tests; in production point newsearch at any cluster."
    })
public final class ClusterMain implements Callable<Integer> {

  @Option(names = "--nodes", defaultValue = "3", description = "Nodes (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(
      names = "--home",
      required = true,
      paramLabel = "DIR",
      description = "Folder of the nodes' data, logs and pid files (kept between runs).")
  Path home;

  @Option(
      names = "--http-port",
      defaultValue = "9200",
      description = "The first node's HTTP port (default: ${DEFAULT-VALUE}); the others are free.")
  int httpPort;

  @Option(
      names = "--node-heap",
      defaultValue = "512m",
      description = "Each node's JVM heap (default: ${DEFAULT-VALUE}).")
  String heap;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    var cluster = LocalCluster.start(nodes, home, httpPort, heap, Duration.ofMinutes(3));
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping the cluster…");
                  cluster.close();
                  stopped.countDown();
                }));
    System.out.printf(
        "OpenSearch cluster '%s': %d nodes green at %s in %.1f s (logs and pids in %s). Ctrl-C"
            + " stops it.%n",
        LocalCluster.NAME, nodes, cluster.url(), (System.nanoTime() - start) / 1e9, home);
    stopped.await();
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ClusterMain()).execute(args));
  }
}
