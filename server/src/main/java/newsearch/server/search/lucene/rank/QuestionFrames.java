package newsearch.server.search.lucene.rank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a question that frame it ("I am interested in articles about", "what are the")
 * rather than name its topic, from the bundled {@code question-frames.txt}. Phrases match whole
 * words in order, the longest first; what they cover is analyzed like the body, so that it is found
 * among the question's terms.
 */
final class QuestionFrames {

  private static final String RESOURCE = "question-frames.txt";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.?!;:]");

  /** One place of a phrase: the words it accepts, and whether it may be missing. */
  private record Place(Set<String> words, boolean optional) {}

  private record Phrase(List<Place> places, boolean anchored) {}

  private record Word(String text, int start, int end, boolean opensSentence) {}

  private final List<Phrase> phrases;
  private final Analyzer analyzer;

  private QuestionFrames(List<Phrase> phrases, Analyzer analyzer) {
    this.phrases = List.copyOf(phrases);
    this.analyzer = analyzer;
  }

  /** The bundled phrases, analyzed with {@code analyzer}. */
  static QuestionFrames load(Analyzer analyzer) {
    try (InputStream in = QuestionFrames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Phrases from lines in the format of the bundled file. */
  static QuestionFrames parse(List<String> lines, Analyzer analyzer) {
    var phrases = new ArrayList<Phrase>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean anchored = line.startsWith("^");
      var places = new ArrayList<Place>();
      for (String place : line.substring(anchored ? 1 : 0).strip().split("\\s+")) {
        boolean optional = place.endsWith("?");
        String words = optional ? place.substring(0, place.length() - 1) : place;
        places.add(new Place(Set.of(words.split("\\|")), optional));
      }
      phrases.add(new Phrase(places, anchored));
    }
    return new QuestionFrames(phrases, analyzer);
  }

  /**
   * The terms, as the body field holds them, of the words in {@code typed} that frame the question,
   * once for each time they frame it.
   */
  List<String> terms(String typed) {
    List<Word> words = words(typed);
    var terms = new ArrayList<String>();
    int i = 0;
    while (i < words.size()) {
      int covered = 0;
      for (Phrase phrase : phrases) {
        if (!phrase.anchored() || words.get(i).opensSentence()) {
          covered = Math.max(covered, longest(phrase.places(), 0, words, i));
        }
      }
      if (covered == 0) {
        i++;
        continue;
      }
      terms.addAll(
          analyzed(typed.substring(words.get(i).start(), words.get(i + covered - 1).end())));
      i += covered;
    }
    return terms;
  }

  /** How many words from {@code at} the places from {@code place} on cover at most; 0 if none. */
  private static int longest(List<Place> places, int place, List<Word> words, int at) {
    if (place == places.size()) {
      return 0;
    }
    Place p = places.get(place);
    int best = -1;
    if (at < words.size() && p.words().contains(words.get(at).text())) {
      int rest = longest(places, place + 1, words, at + 1);
      if (rest >= 0) {
        best = 1 + rest;
      }
    }
    if (p.optional()) {
      best = Math.max(best, longest(places, place + 1, words, at));
    }
    return place == 0 ? Math.max(best, 0) : best;
  }

  private static List<Word> words(String typed) {
    var words = new ArrayList<Word>();
    Matcher m = WORD.matcher(typed);
    int previousEnd = 0;
    while (m.find()) {
      boolean opens =
          words.isEmpty() || SENTENCE_END.matcher(typed.substring(previousEnd, m.start())).find();
      words.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), m.end(), opens));
      previousEnd = m.end();
    }
    return words;
  }

  private List<String> analyzed(String text) {
    var terms = new ArrayList<String>();
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
