package newsearch.server.search.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a version changed against the earliest version of its story, sentence by sentence.
 *
 * <p>Two sentences are near when the Jaccard similarity of their word sets (lower case, letters and
 * digits) is at least {@link #NEAR}: a swapped, added or dropped word, a respelling or a new
 * transliteration keeps a sentence of ten words or more above it, a rewritten sentence falls below.
 * Each sentence of either side is paired at most once, the nearest pairs first, so that a sentence
 * copied twice is not matched twice. A pair with the same text (spaces aside) is unchanged and not
 * listed; a near pair is {@code changed}; an unpaired sentence of the version is {@code added}, one
 * of the earliest {@code removed}. Changes come in the version's sentence order, each removed
 * sentence after the version's counterpart of the earliest's sentence before it (first when there
 * is none).
 */
public final class SentenceDiff {

  /** The least word-set Jaccard similarity at which two sentences are one, changed. */
  public static final double NEAR = 0.5;

  private SentenceDiff() {}

  /** The changes of {@code version} against {@code earliest}, both whole article bodies. */
  public static List<Change> between(String earliest, String version) {
    List<String> was = Sentences.of(earliest);
    List<String> now = Sentences.of(version);
    int[] partner = pair(was, now);
    int[] counterpart = new int[was.size()];
    Arrays.fill(counterpart, -1);
    for (int k = 0; k < now.size(); k++) {
      if (partner[k] >= 0) {
        counterpart[partner[k]] = k;
      }
    }
    // The removed sentences, grouped by the version sentence they follow (index + 1; 0 = first).
    List<List<String>> removedAfter = new ArrayList<>();
    for (int k = 0; k <= now.size(); k++) {
      removedAfter.add(new ArrayList<>());
    }
    int anchor = 0;
    for (int i = 0; i < was.size(); i++) {
      if (counterpart[i] >= 0) {
        anchor = counterpart[i] + 1;
      } else {
        removedAfter.get(anchor).add(was.get(i));
      }
    }
    var changes = new ArrayList<Change>();
    removedAfter.get(0).forEach(s -> changes.add(Change.removed(s)));
    for (int k = 0; k < now.size(); k++) {
      String sentence = now.get(k);
      if (partner[k] < 0) {
        changes.add(Change.added(sentence));
      } else if (!sentence.equals(was.get(partner[k]))) {
        changes.add(Change.changed(sentence, was.get(partner[k])));
      }
      removedAfter.get(k + 1).forEach(s -> changes.add(Change.removed(s)));
    }
    return changes;
  }

  private record Pair(int was, int now, double similarity) {}

  /** For each sentence of {@code now}, the index of its partner in {@code was}, or -1. */
  private static int[] pair(List<String> was, List<String> now) {
    List<Set<String>> wasWords = was.stream().map(Sentences::words).toList();
    List<Set<String>> nowWords = now.stream().map(Sentences::words).toList();
    var pairs = new ArrayList<Pair>();
    for (int i = 0; i < was.size(); i++) {
      for (int k = 0; k < now.size(); k++) {
        // The same text outranks any near one: a copied sentence keeps its own original.
        double s = was.get(i).equals(now.get(k)) ? 2 : similarity(wasWords.get(i), nowWords.get(k));
        if (s >= NEAR) {
          pairs.add(new Pair(i, k, s));
        }
      }
    }
    // Nearest first; among equals, the pair closest in position, then the earliest.
    pairs.sort(
        Comparator.comparingDouble(Pair::similarity)
            .reversed()
            .thenComparingInt(p -> Math.abs(p.was() - p.now()))
            .thenComparingInt(Pair::now)
            .thenComparingInt(Pair::was));
    int[] partner = new int[now.size()];
    Arrays.fill(partner, -1);
    boolean[] taken = new boolean[was.size()];
    for (Pair p : pairs) {
      if (partner[p.now()] < 0 && !taken[p.was()]) {
        partner[p.now()] = p.was();
        taken[p.was()] = true;
      }
    }
    return partner;
  }

  /** Jaccard similarity of two word sets: shared words over all words. */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
