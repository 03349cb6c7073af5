package newsearch.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's body metric for one page: both texts split into word tokens
 * ({@code \w+} as Python reads it: letters, digits, underscore), then into 4-token shingles; true
 * positives, false positives and false negatives over the shingle multisets, normalised to sum 1.
 */
public record ShingleScore(double tp, double fp, double fn) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int SHINGLE = 4;

  /** Scores {@code predicted} against {@code expected}. */
  public static ShingleScore of(String expected, String predicted) {
    Map<List<String>, Integer> truth = shingles(expected);
    Map<List<String>, Integer> guess = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    var keys = new HashSet<>(truth.keySet());
    keys.addAll(guess.keySet());
    for (List<String> key : keys) {
      int t = truth.getOrDefault(key, 0);
      int g = guess.getOrDefault(key, 0);
      tp += Math.min(t, g);
      fp += Math.max(0, g - t);
      fn += Math.max(0, t - g);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
  }

  /** Share of the predicted text that is in the expected one; 1 when both are empty. */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fp == 0 ? 0 : tp / (tp + fp);
  }

  /** Share of the expected text that was found; 1 when both are empty. */
  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fn == 0 ? 0 : tp / (tp + fn);
  }

  public double f1() {
    return f1(precision(), recall());
  }

  /** The harmonic mean; the benchmark's F1 is this over the averaged precision and recall. */
  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static Map<List<String>, Integer> shingles(String text) {
    var tokens = new ArrayList<String>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    var counts = new HashMap<List<String>, Integer>();
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    // A text shorter than a shingle is one shingle of what it has, so it still counts.
    if (tokens.size() > 0 && tokens.size() < SHINGLE) {
      counts.merge(List.copyOf(tokens), 1, Integer::sum);
    }
    return counts;
  }
}
