package newsearch.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * One OpenSearch node, the main class of each child JVM: {@code NodeMain HOME NAME HTTP_PORT
 * TRANSPORT_PORT SEED_HOSTS CLUSTER_MANAGERS}. The plugins a packaged OpenSearch loads from its
 * {@code modules} folder (HTTP and transport over Netty, the common analyzers) are on the class
 * path here instead, so no OpenSearch distribution needs unpacking.
 */
public final class NodeMain {

  /** The modules this cluster needs, as OpenSearch names them and their plugin classes. */
  static final Map<String, String> MODULES =
      Map.of(
          "transport-netty4", "org.opensearch.transport.Netty4ModulePlugin",
          "analysis-common", "org.opensearch.analysis.common.CommonAnalysisModulePlugin");

  private NodeMain() {}

  /** Node's constructor that takes class-path plugins is protected. */
  private static final class LocalNode extends Node {
    LocalNode(Environment environment, Collection<PluginInfo> plugins) {
      super(environment, plugins, true);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println(
          "usage: NodeMain HOME NAME HTTP_PORT TRANSPORT_PORT SEED_HOSTS CLUSTER_MANAGERS");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path config = Files.createDirectories(home.resolve("config"));
    Settings settings =
        Settings.builder()
            .put("cluster.name", LocalCluster.NAME)
            .put("node.name", args[1])
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", args[2])
            .put("transport.port", args[3])
            .putList("discovery.seed_hosts", List.of(args[4].split(",")))
            .putList("cluster.initial_cluster_manager_nodes", List.of(args[5].split(",")))
            // A laptop's disk is often fuller than a server's watermarks allow.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
    Environment environment =
        InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> args[1]);
    var plugins =
        MODULES.entrySet().stream()
            .map(
                m ->
                    new PluginInfo(
                        m.getKey(),
                        "the " + m.getKey() + " module",
                        Version.CURRENT.toString(),
                        Version.CURRENT,
                        "21",
                        m.getValue(),
                        null,
                        List.of(),
                        false))
            .toList();
    Node node = new LocalNode(environment, plugins);
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    node.close();
                  } catch (Exception e) {
                    System.err.println("closing " + args[1] + ": " + e);
                  }
                  stopped.countDown();
                }));
    node.start();
    System.out.println("node " + args[1] + " started");
    stopped.await();
  }
}
