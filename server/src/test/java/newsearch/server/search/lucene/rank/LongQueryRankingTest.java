package newsearch.server.search.lucene.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.Indexer;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.source.CorpusFiles;
import newsearch.server.search.Hit;
import newsearch.server.search.SearchRequest;
import newsearch.server.search.SearchResult;
import newsearch.server.search.lucene.LuceneSearchService;
import newsearch.server.search.lucene.query.LuceneQuery;
import newsearch.server.search.lucene.query.QueryTranslator;
import newsearch.server.search.query.UserQueryParser;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranking of questions on a real index of a small fixture of its own: feedback lifts an article
 * that shares only one common word with the question but the vocabulary of its top hits;
 * neighbouring words found together lift an article; what matches, the totals and the marks stay
 * the user's query's; a short query is ranked as before.
 */
class LongQueryRankingTest {

  private static final String QUESTION = "cheaper solar panels for homes roof";

  @TempDir static Path dir;
  static Path index;
  static DirectoryReader reader;
  static IndexSearcher searcher;
  static final IndexSchema SCHEMA = new IndexSchema();

  @BeforeAll
  static void build() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    var lines = new ArrayList<String>();
    String solar =
        "Solar panels on the roof of homes are cheaper this year. A photovoltaic inverter turns"
            + " the panels' current into household power; each kilowatt of photovoltaic capacity"
            + " needs an inverter.";
    for (int i = 1; i <= 3; i++) {
      lines.add(article("f" + i, "Solar panels, part " + i, solar));
    }
    lines.add(
        article(
            "relevant",
            "Choosing an inverter",
            "A photovoltaic inverter is rated in kilowatt terms. Pick a photovoltaic inverter that"
                + " matches the kilowatt rating, as an undersized inverter wastes photovoltaic"
                + " output; the installer then mounts it under the roof, in a dry place where it"
                + " can be serviced and checked every year by the owner or the installer."));
    lines.add(
        article(
            "storm",
            "Roof torn off",
            "The storm tore the roof off the town hall: roof tiles and roof beams fell."));
    lines.add(article("market", "Market report", "Homes sold fast; prices rose again."));
    lines.add(
        article(
            "near", "Grants announced", "Grants for solar panels were announced by the council."));
    lines.add(
        article(
            "apart", "Grants announced", "Grants for solar firms and for panels were announced."));
    lines.add(
        article(
            "framing",
            "Letters",
            "Readers interested in our articles wrote to the council: the articles interested"
                + " them."));
    for (String topic : List.of("football", "tennis", "rain", "elections", "banks", "trains")) {
      lines.add(article(topic, topic + " news", "A short report about " + topic + " today."));
    }
    Files.write(corpus.resolve("articles.jsonl"), lines);
    index = dir.resolve("index");
    new Indexer(new CorpusFiles(List.of(), List.of()), 1, null).run(corpus, index, true);
    reader = DirectoryReader.open(FSDirectory.open(index));
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(IndexSchema.SIMILARITY);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  private static String article(String id, String headline, String body) {
    return "{\"id\":\"%s\",\"headline\":\"%s\",\"body\":\"%s\",\"source\":\"Fixture\",\"date\":\"2025-02-0%d\"}"
        .formatted(id, headline, body, 1 + Math.floorMod(id.hashCode(), 9));
  }

  /** A first page with facets and marks, every article shown (no story collapsing). */
  private static SearchRequest request(String query) {
    return new SearchRequest(
        query,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        1,
        10,
        true,
        true,
        false,
        0);
  }

  private static LuceneQuery parsed(String text) {
    return new QueryTranslator(SCHEMA.analyzer())
        .translate(UserQueryParser.parse(text), Optional.empty());
  }

  private static List<String> ranking(Query query) throws IOException {
    var ids = new ArrayList<String>();
    for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(IndexSchema.ID));
    }
    return ids;
  }

  private static RankingSettings settings(boolean feedback, boolean proximity) {
    return settings(false, feedback, proximity);
  }

  private static RankingSettings settings(boolean frames, boolean feedback, boolean proximity) {
    // Half the articles: in a fixture this small the usual tenth would leave no feedback term.
    return new RankingSettings(frames, feedback, 3, 10, 0.5f, 0.5f, proximity, 0.3f, 8);
  }

  @Test
  void theWordsThatFrameAQuestionMatchButScoreNothing() throws IOException {
    String typed = "I am interested in articles about grants from the council";
    Query question = parsed(typed).relaxed().orElseThrow();
    List<String> literal =
        ranking(
            new LongQueryRanking(SCHEMA.analyzer(), settings(false, false, false))
                .rank(searcher, question, typed, q -> q));
    assertTrue(literal.indexOf("framing") < literal.indexOf("near"), literal.toString());

    Query framed =
        new LongQueryRanking(SCHEMA.analyzer(), settings(true, false, false))
            .rank(searcher, question, typed, q -> q);
    List<String> after = ranking(framed);
    assertTrue(after.indexOf("near") < after.indexOf("framing"), after.toString());
    assertEquals(searcher.count(question), searcher.count(framed));
  }

  @Test
  void feedbackLiftsAnArticleWithTheTopHitsVocabulary() throws IOException {
    Query question = parsed(QUESTION).relaxed().orElseThrow();
    List<String> before = ranking(question);
    assertTrue(before.indexOf("relevant") > before.indexOf("storm"), before.toString());
    assertTrue(before.indexOf("relevant") > before.indexOf("market"), before.toString());

    var ranking = new LongQueryRanking(SCHEMA.analyzer(), settings(true, false));
    Query ranked = ranking.rank(searcher, question, QUESTION, q -> q);
    List<String> after = ranking(ranked);
    assertTrue(after.indexOf("relevant") < after.indexOf("storm"), after.toString());
    assertTrue(after.indexOf("relevant") < after.indexOf("market"), after.toString());
    // It reorders the question's matches only: the same articles, none added.
    assertEquals(before.stream().sorted().toList(), after.stream().sorted().toList());
    assertEquals(searcher.count(question), searcher.count(ranked));
  }

  @Test
  void neighbouringWordsFoundTogetherRankFirst() throws IOException {
    Query question = parsed("solar panels grants council firms").relaxed().orElseThrow();
    var ranking = new LongQueryRanking(SCHEMA.analyzer(), settings(false, true));
    List<String> after = ranking(ranking.rank(searcher, question, QUESTION, q -> q));
    assertTrue(after.indexOf("near") < after.indexOf("apart"), after.toString());
  }

  @Test
  void withoutAnyStepTheQuestionRanksAsItIs() throws IOException {
    Query question = parsed(QUESTION).relaxed().orElseThrow();
    var ranking = new LongQueryRanking(SCHEMA.analyzer(), settings(false, false));
    assertEquals(question, ranking.rank(searcher, question, QUESTION, q -> q));
  }

  @Test
  void theServiceKeepsTotalsAndMarksOnlyTheUsersWords() throws IOException {
    try (var service = LuceneSearchService.open(index, 2000)) {
      SearchResult r = service.search(request(QUESTION));
      Query question = parsed(QUESTION).relaxed().orElseThrow();
      assertEquals(searcher.count(question), r.total());
      assertTrue(r.relaxed());
      for (Hit hit : r.hits()) {
        String marked = hit.headlineHtml() + " " + hit.snippet();
        assertFalse(marked.contains("<mark>photovoltaic"), marked);
        assertFalse(marked.contains("<mark>inverter"), marked);
      }
      Hit relevant = r.hits().stream().filter(h -> h.id().equals("relevant")).findFirst().get();
      assertTrue(relevant.snippet().contains("<mark>roof</mark>"), relevant.snippet());
    }
  }

  @Test
  void aShortQueryIsRankedAsBefore() throws IOException {
    String shortQuery = "solar panels homes";
    try (var service = LuceneSearchService.open(index, 2000)) {
      List<Hit> hits = service.search(request(shortQuery)).hits();
      ScoreDoc[] plain = searcher.search(parsed(shortQuery).query(), 100).scoreDocs;
      assertNotEquals(0, plain.length);
      assertEquals(plain.length, hits.size());
      float[] expected = new float[plain.length];
      float[] actual = new float[plain.length];
      for (int i = 0; i < plain.length; i++) {
        expected[i] = plain[i].score;
        actual[i] = hits.get(i).score();
      }
      assertEquals(Arrays.toString(expected), Arrays.toString(actual));
    }
  }
}
