package newsearch.indexer.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsearch.indexer.index.IndexSchema;
import newsearch.indexer.names.DisplayNames;

/**
 * The {@link IndexSchema#SUGGEST} terms of an article: its names and its headline's phrases, each
 * with its kind's prefix. Bounded, so that a long article costs the index no more than a short one:
 * the names most often mentioned and the headline's first phrases.
 */
public final class SuggestTerms {

  static final int MAX_NAMES = 24;
  static final int MAX_PHRASES = 16;

  /** A longer text is no suggestion anyone types towards. */
  static final int MAX_LENGTH = 60;

  private SuggestTerms() {}

  /** The terms of an article with this headline and body. */
  public static List<String> of(String headline, String body) {
    var terms = new ArrayList<String>(MAX_NAMES + MAX_PHRASES);
    Set<String> names = new HashSet<>();
    for (String name : DisplayNames.of(headline, body, MAX_NAMES)) {
      if (name.length() <= MAX_LENGTH) {
        terms.add(IndexSchema.SUGGEST_NAME + name);
        names.add(name.toLowerCase(Locale.ROOT));
      }
    }
    for (String phrase : HeadlinePhrases.of(headline, MAX_PHRASES)) {
      // A phrase that is one of the names would be offered twice.
      if (phrase.length() <= MAX_LENGTH && !names.contains(phrase)) {
        terms.add(IndexSchema.SUGGEST_PHRASE + phrase);
      }
    }
    return terms;
  }
}
