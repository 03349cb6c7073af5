package newsearch.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The one schema on a real three-node cluster: the index definition it produces is accepted as is
 * (strict mapping, three shards and a replica, BM25 with the schema's k1 and b), and the cluster's
 * analyzer gives exactly the tokens the Lucene analyzer gives.
 */
@Tag("opensearch")
class ClusterSchemaTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> TEXTS =
      List.of(
          "Russia's talks with Ukraine's negotiators resumed on Tuesday.",
          "Zelenskyy, Zelenský and ZELENSKYY met the Hôtel de Ville's staff.",
          "The U.S. and the E.U. said 3.5% growth was \"not enough\" in 2024-25.",
          "Négociations à Genève: l'accord n'est pas signé, dit-il.",
          "Read more at https://news.example.org/a/b?c=1 or e-mail desk@example.org",
          "Don't stop-and-go; it's the teachers' and children's choice 🙂 東京 2020");

  @Test
  void theSchemasIndexDefinitionIsAcceptedAndAnalyzesAsLuceneDoes() throws Exception {
    String base = LocalOpenSearch.url();
    String index = "schema-test";
    JsonNode created = send("PUT", base + "/" + index, IndexSchema.openSearchIndex(3, 1));
    assertTrue(created.path("acknowledged").asBoolean(), created.toString());
    JsonNode health =
        send(
            "GET", base + "/_cluster/health/" + index + "?wait_for_status=green&timeout=60s", null);
    assertEquals("green", health.path("status").asText(), health.toString());
    assertEquals(6, health.path("active_shards").asInt());

    JsonNode similarity =
        send("GET", base + "/" + index + "/_settings", null)
            .at("/" + index + "/settings/index/similarity/default");
    assertEquals("BM25", similarity.path("type").asText());
    assertEquals(0.9, similarity.path("k1").asDouble(), 1e-6);
    assertEquals(0.4, similarity.path("b").asDouble(), 1e-6);

    Analyzer lucene = new IndexSchema().analyzer();
    for (String text : TEXTS) {
      JsonNode analyzed =
          send(
              "POST",
              base + "/" + index + "/_analyze",
              Map.of("field", IndexSchema.BODY, "text", text));
      var cluster = new ArrayList<String>();
      analyzed.path("tokens").forEach(t -> cluster.add(t.path("token").asText()));
      assertEquals(tokens(lucene, text), cluster, text);
    }
    JsonNode bad =
        send(
            "POST",
            base + "/" + index + "/_doc?refresh=true",
            Map.of(IndexSchema.ID, "a", "not_a_field", "x"),
            400);
    assertTrue(bad.toString().contains("strict"), bad.toString());
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    var out = new ArrayList<String>();
    try (var stream = analyzer.tokenStream(IndexSchema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  private static JsonNode send(String method, String url, Object body) throws Exception {
    return send(method, url, body, 200);
  }

  private static JsonNode send(String method, String url, Object body, int status)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(status, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }
}
