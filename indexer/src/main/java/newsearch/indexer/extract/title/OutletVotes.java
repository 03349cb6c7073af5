package newsearch.indexer.extract.title;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a page gives its outlet, each with where it was read, and the vote among them. A site
 * name or a publisher stands on its own; a part of the title ("Headline | Opinion") counts only
 * when something else confirms it is the outlet (the site name, the letters of the address, a
 * copyright line, the site's account), so a section word is never taken for an outlet. Spellings of
 * one name vote together; the one shown is the one with capitals and without a domain ending.
 */
public final class OutletVotes {

  // A name equal to the address is strong evidence; one spelled with its letters less so.
  private static final int SAME_AS_DOMAIN = 4;
  private static final int SPELLED_BY_DOMAIN = 2;
  private static final int AFFIX = 2;

  private record Vote(String name, String origin, int weight, Kind kind) {}

  private enum Kind {
    NAME,
    AFFIX,
    SPELLING
  }

  private final Map<String, List<Vote>> byKey = new LinkedHashMap<>();
  private String host = "";
  private String domainLabel = "";

  /** A name that stands on its own (a site name, a publisher, a copyright holder). */
  public OutletVotes name(String name, String origin, int weight) {
    return add(name, origin, weight, Kind.NAME);
  }

  /** A name that counts only once confirmed: a prefix or suffix of the title, a logo's text. */
  public OutletVotes affix(String name, String origin) {
    return add(name, origin, AFFIX, Kind.AFFIX);
  }

  /** The site's own spelling of its name (an account such as "@LiveScience"): never alone. */
  public OutletVotes spelling(String name) {
    String s = name.strip().replaceFirst("^@", "");
    return s.matches("[\\p{L}\\p{N}]+") ? add(s, "", 0, Kind.SPELLING) : this;
  }

  /**
   * A name the page repeats among other words ("Subscribe to X", "X app"): it confirms a title part
   * or a masthead line, never stands alone.
   */
  public OutletVotes echo(String name) {
    return add(name, "", 1, Kind.SPELLING);
  }

  /**
   * A name the page's lines repeat, {@code weight} for how often: it confirms a title part or a
   * masthead line and adds to it, never stands alone.
   */
  public OutletVotes mentioned(String name, int weight) {
    return add(name, "mentions", weight, Kind.SPELLING);
  }

  /** The page's address, the last resort and a check of the other names. */
  public OutletVotes address(String url) {
    String h = OutletNames.host(url);
    if (!h.isEmpty()) {
      host = h;
      domainLabel = OutletNames.domainLabel(h);
    }
    return this;
  }

  private OutletVotes add(String name, String origin, int weight, Kind kind) {
    String n = name == null ? "" : name.strip();
    String key = OutletNames.key(n);
    if (!key.isEmpty()) {
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Vote(n, origin, weight, kind));
    }
    return this;
  }

  /** Whether {@code text} is a name of the outlet, as confirmed on this page. */
  public boolean isOutlet(String text) {
    String key = OutletNames.key(text);
    return !key.isEmpty() && (key.equals(domainLabel) || score(key) > 0);
  }

  /** The outlet most names point to, else the site's address, else none. */
  public Outlet winner() {
    String best = null;
    int bestScore = 0;
    for (String key : byKey.keySet()) {
      int s = score(key);
      if (s > bestScore) {
        best = key;
        bestScore = s;
      }
    }
    if (best == null) {
      return host.isEmpty() ? Outlet.NONE : new Outlet(host, "domain");
    }
    List<Vote> votes = byKey.get(best);
    Vote shown =
        votes.stream().min(Comparator.comparingInt(v -> spellingRank(v, votes))).orElseThrow();
    Vote strongest =
        votes.stream()
            .filter(v -> v.kind() != Kind.SPELLING)
            .max(Comparator.comparingInt(Vote::weight))
            .orElseThrow();
    return new Outlet(OutletNames.shown(shown.name()), strongest.origin());
  }

  /** The weight of a key's votes, 0 while nothing but unconfirmed title parts name it. */
  private int score(String key) {
    List<Vote> votes = byKey.getOrDefault(key, List.of());
    int domain =
        key.equals(domainLabel)
            ? SAME_AS_DOMAIN
            : votes.stream().anyMatch(v -> OutletNames.spells(domainLabel, v.name()))
                ? SPELLED_BY_DOMAIN
                : 0;
    boolean confirmed = domain > 0 || votes.stream().anyMatch(v -> v.kind() != Kind.AFFIX);
    boolean named = votes.stream().anyMatch(v -> v.kind() != Kind.SPELLING);
    if (!confirmed || !named) {
      return 0;
    }
    int sum = domain;
    var seen = new ArrayList<String>();
    for (Vote v : votes) {
      // The same field read twice (og:title and <title> share their suffix) is one vote.
      String field = v.kind() + v.origin();
      if (!seen.contains(field)) {
        seen.add(field);
        sum += v.weight();
      }
    }
    return sum;
  }

  /** Lower is better: capitals before lower case, a name before an address, the commoner one. */
  private static int spellingRank(Vote v, List<Vote> all) {
    boolean capitals = !v.name().equals(v.name().toLowerCase(java.util.Locale.ROOT));
    boolean address = OutletNames.isDomain(v.name());
    long same = all.stream().filter(o -> o.name().equals(v.name())).count();
    return (capitals ? 0 : 200) + (address ? 100 : 0) - (int) Math.min(99, same);
  }
}
