package newsearch.server.search.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import newsearch.server.search.query.QueryNode.AtLeast;
import newsearch.server.search.query.QueryNode.Clause;
import newsearch.server.search.query.QueryNode.Group;
import newsearch.server.search.query.QueryNode.Join;
import newsearch.server.search.query.QueryNode.Modifier;
import newsearch.server.search.query.QueryNode.Phrase;
import newsearch.server.search.query.QueryNode.Term;

/**
 * The weaker forms of a query that found nothing, strongest first: its phrases as words near each
 * other, then all its words anywhere, then most of them, then any one. A backend runs them in order
 * and answers with the first that finds something, saying what changed. Only queries without
 * explicit conditions relax ({@link UserQuery#relaxable()}): {@code +}, {@code -}, operators and
 * fields mean what they say.
 */
public final class Relaxation {

  /** How far apart a phrase's words may stand in its "near each other" form. */
  static final int NEAR_SLOP = 8;

  /** "Most of the words": two of three, three of four. */
  static final int MOST_PERCENT = 66;

  /**
   * One weaker form.
   *
   * @param query the tree to run
   * @param notice what changed, for the user
   */
  public record Step(QueryNode query, String notice) {}

  private Relaxation() {}

  /** The weaker forms of {@code q}, strongest first; none when it cannot relax. */
  public static List<Step> of(UserQuery q) {
    if (!q.relaxable()) {
      return List.of();
    }
    Optional<List<QueryNode>> parts = parts(q.query().orElse(q.words()));
    if (parts.isEmpty()) {
      return List.of();
    }
    var steps = new ArrayList<Step>();
    boolean phrases = parts.get().stream().anyMatch(Relaxation::isPhrase);
    List<QueryNode> words = new ArrayList<>();
    for (QueryNode part : parts.get()) {
      if (part instanceof Phrase p) {
        Arrays.stream(p.text().strip().split("\\s+")).map(Term::new).forEach(words::add);
      } else {
        words.add(part);
      }
    }
    if (phrases) {
      List<QueryNode> near =
          parts.get().stream()
              .map(p -> isPhrase(p) ? new Phrase(((Phrase) p).text(), NEAR_SLOP) : p)
              .toList();
      steps.add(
          new Step(
              all(near),
              "No article has the exact phrase; showing articles with its words near"
                  + " each other."));
      steps.add(
          new Step(
              all(words), "No article has the exact phrase; showing articles with all its words."));
    }
    if (words.size() >= 3) {
      steps.add(
          new Step(
              new AtLeast(MOST_PERCENT, words),
              "No article has all of these words; showing articles with most of them."));
    }
    if (words.size() >= 2) {
      steps.add(
          new Step(
              new AtLeast(0, words),
              "No article has all of these words; showing articles with any of them."));
    }
    return List.copyOf(steps);
  }

  /** The words and phrases of a query made of nothing else; empty for any other query. */
  private static Optional<List<QueryNode>> parts(QueryNode root) {
    List<QueryNode> parts = new ArrayList<>();
    if (root instanceof Group g) {
      for (Clause c : g.clauses()) {
        if (c.modifier() != Modifier.NONE || c.join() == Join.OR) {
          return Optional.empty();
        }
        parts.add(c.query());
      }
    } else {
      parts.add(root);
    }
    boolean simple =
        parts.stream().allMatch(p -> p instanceof Term || p instanceof Phrase ph && ph.slop() == 0);
    return simple && !parts.isEmpty() ? Optional.of(parts) : Optional.empty();
  }

  private static boolean isPhrase(QueryNode node) {
    return node instanceof Phrase p && p.slop() == 0 && p.text().strip().contains(" ");
  }

  private static Group all(List<QueryNode> queries) {
    return new Group(queries.stream().map(q -> new Clause(Join.NONE, Modifier.NONE, q)).toList());
  }
}
