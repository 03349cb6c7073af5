package newsearch.server.search.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The field names a user may type ({@code headline:}, {@code author:}), defined once in {@link
 * QueryField}: looked up case-insensitively, listed in the help text, matched by the parser's
 * pattern for explicit conditions.
 */
public final class QueryFields {

  private static final Map<String, QueryField> BY_NAME =
      Arrays.stream(QueryField.values())
          .flatMap(f -> f.names().stream().map(name -> Map.entry(name, f)))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private QueryFields() {}

  /** The field a user's name means, in any case; empty for a name that is no field. */
  public static Optional<QueryField> lookup(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The help a warning gives: {@code Fields: headline, body, source, author.} */
  public static String help() {
    return Arrays.stream(QueryField.values())
        .map(f -> f.names().get(0))
        .collect(Collectors.joining(", ", "Fields: ", "."));
  }

  /** The warning for a field name that is no field: its words are searched instead. */
  public static String unknownFieldWarning(String name) {
    return "Unknown field '" + name + ":'; searched the words instead. " + help();
  }

  /** A regular expression alternation of every name, longest first: {@code headline|authors|…}. */
  static String namePattern() {
    return BY_NAME.keySet().stream()
        .sorted(
            Comparator.comparingInt(String::length).reversed().thenComparing(Function.identity()))
        .collect(Collectors.joining("|"));
  }
}
