package newsearch.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real three-node cluster, each node a JVM of its own: it turns green with every node, holds an
 * index of three shards and a replica with newsearch's analysis chain, and stops when closed.
 */
@Tag("opensearch")
class LocalClusterTest {

  @TempDir Path home;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void threeNodesInTheirOwnJvmsHoldAReplicatedIndexWithTheNewsAnalyzer() throws Exception {
    List<Process> nodes;
    try (var cluster = LocalCluster.start(3, home, 0, "384m", Duration.ofMinutes(3))) {
      nodes = cluster.processes();
      assertEquals(3, nodes.size());
      for (int n = 1; n <= 3; n++) {
        long pid = Long.parseLong(Files.readString(home.resolve("node-" + n + ".pid")).strip());
        assertEquals(nodes.get(n - 1).pid(), pid);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
      }
      assertEquals(3, send(cluster, "GET", "/_cat/nodes", null).lines().count());

      String index =
          """
          {"settings": {"number_of_shards": 3, "number_of_replicas": 1,
            "analysis": {"filter": {"possessive": {"type": "stemmer", "language": "possessive_english"}},
              "analyzer": {"news": {"type": "custom", "tokenizer": "standard",
                "filter": ["possessive", "lowercase", "asciifolding", "stop", "porter_stem"]}}}}}
          """;
      assertTrue(send(cluster, "PUT", "/articles", index).contains("\"acknowledged\":true"));
      String health =
          send(cluster, "GET", "/_cluster/health/articles?wait_for_status=green&timeout=60s", null);
      assertTrue(health.contains("\"status\":\"green\""), health);
      assertTrue(health.contains("\"active_shards\":6"), health);
      String tokens =
          send(
              cluster,
              "POST",
              "/articles/_analyze",
              "{\"analyzer\": \"news\", \"text\": \"The Minister's Négociations\"}");
      assertTrue(tokens.contains("\"token\":\"minist\""), tokens);
      assertTrue(tokens.contains("\"token\":\"negoci\""), tokens);
      assertFalse(tokens.contains("\"token\":\"the\""), tokens);
    }
    for (Process node : nodes) {
      assertFalse(node.isAlive(), "closing the cluster stops every node");
    }
  }

  private static String send(LocalCluster cluster, String method, String path, String json)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(cluster.url() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }
}
