package newsearch.bench.stories;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses the articles of an {@link EditedSet} from a corpus, deterministically for a seed. Hard
 * negatives: two articles of the same date and different outlets whose headlines share at least
 * {@link #HEADLINE_OVERLAP} of their content words and whose bodies share at least {@link
 * #SHARED_NAMES} names, but are different texts (under {@link #MAX_SHINGLE_OVERLAP} of their 5-word
 * shingles shared, either way). Sources of versions: the long articles of those pairs, so that each
 * version meets an article on its own event; the partner lends the paragraphs a version adds.
 */
final class EditedSetMaker {

  static final double HEADLINE_OVERLAP = 0.3;
  static final int SHARED_NAMES = 4;
  static final double MAX_SHINGLE_OVERLAP = 0.2;
  static final int MIN_PARAGRAPHS = 5;
  static final int MIN_CHARS = 1500;
  private static final double[] STRENGTHS = {0.2, 0.5, 0.8};

  private record Meta(
      String id, String date, String outlet, Set<String> headline, Set<String> names) {}

  private EditedSetMaker() {}

  static EditedSet make(Path corpus, long seed, int sources, int negatives) throws IOException {
    var byDate = new LinkedHashMap<String, List<Meta>>();
    Set<String> judgedSame = judgedSame();
    CorpusArticles.forEach(
        corpus,
        node -> {
          String date = CorpusArticles.text(node, "date");
          if (date.length() >= 10) {
            String body = CorpusArticles.text(node, "body");
            byDate
                .computeIfAbsent(date.substring(0, 10), d -> new ArrayList<>())
                .add(
                    new Meta(
                        node.get("id").asText(),
                        date.substring(0, 10),
                        CorpusArticles.outlet(node),
                        TextOverlap.contentWords(CorpusArticles.text(node, "headline")),
                        TextOverlap.names(body)));
          }
        });
    var candidates = new ArrayList<EditedSet.Pair>();
    for (List<Meta> day : byDate.values()) {
      for (int i = 0; i < day.size(); i++) {
        for (int j = i + 1; j < day.size(); j++) {
          Meta a = day.get(i);
          Meta b = day.get(j);
          if (!a.outlet().equals(b.outlet())
              && TextOverlap.jaccard(a.headline(), b.headline()) >= HEADLINE_OVERLAP
              && TextOverlap.intersection(a.names(), b.names()) >= SHARED_NAMES
              && !judgedSame.contains(a.id() + "\t" + b.id())
              && !judgedSame.contains(b.id() + "\t" + a.id())) {
            candidates.add(new EditedSet.Pair(a.id(), b.id()));
          }
        }
      }
    }
    var ids = new HashSet<String>();
    candidates.forEach(p -> ids.addAll(List.of(p.a(), p.b())));
    Map<String, ObjectNode> articles = CorpusArticles.read(corpus, ids);
    var shingles = new HashMap<String, Set<Integer>>();
    for (var e : articles.entrySet()) {
      shingles.put(e.getKey(), TextOverlap.shingles(CorpusArticles.text(e.getValue(), "body")));
    }
    var random = new Random(seed);
    Collections.shuffle(candidates, random);
    var different = new ArrayList<EditedSet.Pair>();
    var uses = new HashMap<String, Integer>();
    for (EditedSet.Pair p : candidates) {
      if (different.size() == negatives) {
        break;
      }
      Set<Integer> a = shingles.get(p.a());
      Set<Integer> b = shingles.get(p.b());
      if (a == null || b == null || TextOverlap.containment(a, b) >= MAX_SHINGLE_OVERLAP) {
        continue;
      }
      // At most two pairs an article, so that one busy news day does not fill the set.
      if (uses.getOrDefault(p.a(), 0) < 2 && uses.getOrDefault(p.b(), 0) < 2) {
        different.add(p);
        uses.merge(p.a(), 1, Integer::sum);
        uses.merge(p.b(), 1, Integer::sum);
      }
    }
    return new EditedSet(versions(different, articles, sources, random), List.copyOf(different));
  }

  /**
   * Three versions of each source: one kind alone (kinds and strengths in turn), a random mix of
   * two or three kinds at random strengths, and all kinds at one strength (in turn).
   */
  private static List<EditedSet.Version> versions(
      List<EditedSet.Pair> different,
      Map<String, ObjectNode> articles,
      int sources,
      Random random) {
    var partner = new LinkedHashMap<String, String>();
    for (EditedSet.Pair p : different) {
      partner.putIfAbsent(p.a(), p.b());
      partner.putIfAbsent(p.b(), p.a());
    }
    var chosen = new ArrayList<String>();
    for (String id : partner.keySet()) {
      String body = CorpusArticles.text(articles.get(id), "body");
      if (body.length() >= MIN_CHARS && EditedCopy.paragraphs(body).size() >= MIN_PARAGRAPHS) {
        chosen.add(id);
      }
    }
    Collections.shuffle(chosen, random);
    EditKind[] kinds = EditKind.values();
    var out = new ArrayList<EditedSet.Version>();
    for (int i = 0; i < Math.min(sources, chosen.size()); i++) {
      String source = chosen.get(i);
      String donor = partner.get(source);
      double turn = STRENGTHS[(i / kinds.length) % STRENGTHS.length];
      out.add(version(source, 1, donor, random, List.of(new Edit(kinds[i % kinds.length], turn))));
      var mix = new ArrayList<>(List.of(kinds));
      Collections.shuffle(mix, random);
      var recipe = new ArrayList<Edit>();
      for (EditKind k : mix.subList(0, 2 + random.nextInt(2))) {
        recipe.add(new Edit(k, STRENGTHS[random.nextInt(STRENGTHS.length)]));
      }
      recipe.sort((x, y) -> x.kind().compareTo(y.kind()));
      out.add(version(source, 2, donor, random, recipe));
      var all = new ArrayList<Edit>();
      for (EditKind k : kinds) {
        all.add(new Edit(k, STRENGTHS[i % STRENGTHS.length]));
      }
      out.add(version(source, 3, donor, random, all));
    }
    return out;
  }

  private static EditedSet.Version version(
      String source, int n, String donor, Random random, List<Edit> recipe) {
    boolean adds = recipe.stream().anyMatch(e -> e.kind() == EditKind.ADDED);
    return new EditedSet.Version(
        source + "~edit" + n, source, adds ? donor : "", random.nextLong(), List.copyOf(recipe));
  }

  /** Pairs judged one article in the bench's duplicate pairs: never taken as negatives. */
  private static Set<String> judgedSame() throws IOException {
    var out = new HashSet<String>();
    try (InputStream in = EditedSetMaker.class.getResourceAsStream(JudgedPairs.RESOURCE)) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
          String[] f = line.split("\t");
          if (!line.startsWith("#") && f.length >= 4 && f[3].equals("1")) {
            out.add(f[0] + "\t" + f[1]);
          }
        }
      }
    }
    return out;
  }
}
