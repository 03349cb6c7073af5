package newsearch.indexer.extract.byline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a byline holds beside its names: the label that opens it in several languages, roles
 * and desks, the wire agencies, and words that never stand in a person's name.
 */
final class NameWords {

  /** A byline's opening label: "By", "Written by", "Von", "Par", "Di", "Por", "Text:"… */
  static final Pattern LABEL =
      Pattern.compile(
          "(?iu)^(?:(?:written|posted|published|reported|words|text|story)\\s+by|by|von|par|di"
              + "|por|door|av|af|autor(?:in)?|author|auteur|autore|text|texto|testo|texte"
              + "|verfasst von|geschrieben von|publicado por|escrito por|publié par|écrit par"
              + "|pubblicato da|scritto da|текст|автор)\\s*[:：]?\\s+");

  /** The same labels after a date on the line: "March 3, 2025 | by Jane Roe". */
  static final Pattern INNER_LABEL =
      Pattern.compile("(?iu)(?:^|[\\s|·•/,])(?:by|von|par|por|publicado por|publié par)\\s*:?\\s+");

  /** Where a byline's names end: a separator before a date, a role, a handle or an outlet. */
  static final Pattern END = Pattern.compile("\\s[|–—·•/-]\\s|[|·•@(\\[»›\u0001]|\\s[–—]|\\s-\\s?");

  /** Where one name ends and the next begins: "Jane Roe and John Doe", "Roe, Doe". */
  static final Pattern BETWEEN_NAMES =
      Pattern.compile("(?iu)\\s*[,;&+]\\s*|\\s+(?:and|und|et|e|y|og|en|och|i|и)\\s+");

  /** Wire agencies, whose byline names no person. */
  static final Pattern AGENCY =
      Pattern.compile(
          "(?iu)\\b(?:the associated press|associated press|agence france[- ]presse"
              + "|press trust of india|canadian press|press association|europa press"
              + "|reuters|afp|ap|pti|ians|ani|upi|dpa|efe|ansa|xinhua|kyodo|yonhap|tass|aap"
              + "|bloomberg|lusa|belga|anp|epa|apa|sda|ats)\\b");

  /**
   * Roles, desks and the words of an organisation's name: a byline token of these ends the name
   * ("Jane Roe Staff Writer", "Jane Roe, CNN Business").
   */
  private static final Set<String> ROLES =
      Set.of(
          "writer",
          "reporter",
          "correspondent",
          "columnist",
          "editor",
          "editors",
          "contributor",
          "contributing",
          "staff",
          "senior",
          "chief",
          "editorial",
          "political",
          "national",
          "security",
          "sports",
          "sport",
          "auto",
          "business",
          "photographer",
          "intern",
          "producer",
          "anchor",
          "host",
          "analyst",
          "author",
          "guest",
          "blogger",
          "freelance",
          "journalist",
          "bureau",
          "desk",
          "team",
          "news",
          "press",
          "media",
          "wire",
          "agency",
          "service",
          "services",
          "online",
          "digital",
          "magazine",
          "times",
          "daily",
          "journal",
          "tribune",
          "herald",
          "gazette",
          "insider",
          "network",
          "tv",
          "radio",
          "group",
          "inc",
          "ltd",
          "llc",
          "redaktion",
          "redaction",
          "redaccion",
          "redazione",
          "redacao",
          "admin",
          "administrator",
          "webmaster",
          "moderator",
          "opinion",
          "correspondant",
          "korrespondent",
          "autor",
          "reporterin",
          "redakteur",
          "redakteurin",
          "fellow",
          "professor",
          "dr",
          "md",
          "phd",
          "mba",
          "via",
          "source",
          "sources",
          "contributors",
          "report",
          "reports",
          "wires");

  /** Words that are never part of a person's name, even capitalised in a title. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "a",
          "an",
          "of",
          "in",
          "on",
          "at",
          "to",
          "for",
          "with",
          "from",
          "by",
          "and",
          "or",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "has",
          "have",
          "had",
          "can",
          "not",
          "no",
          "this",
          "that",
          "these",
          "those",
          "it",
          "its",
          "we",
          "our",
          "you",
          "your",
          "my",
          "his",
          "her",
          "their",
          "they",
          "he",
          "she",
          "how",
          "what",
          "why",
          "when",
          "where",
          "who",
          "which",
          "new",
          "more",
          "all",
          "about",
          "after",
          "before",
          "over",
          "into",
          "up",
          "out",
          "says",
          "said",
          "read",
          "share",
          "follow",
          "comments",
          "comment",
          "subscribe",
          "sign",
          "log",
          "click",
          "home",
          "contact",
          "privacy",
          "policy",
          "terms",
          "search",
          "menu",
          "video",
          "videos",
          "photo",
          "photos",
          "image",
          "images",
          "getty",
          "shutterstock",
          "advertisement",
          "sponsored",
          "analysis",
          "review",
          "reviews",
          "updated",
          "published",
          "posted",
          "breaking",
          "live",
          "watch",
          "listen",
          "here",
          "there",
          "now",
          "today",
          "yesterday",
          "ago",
          "min",
          "minute",
          "minutes",
          "hours",
          "email",
          "print",
          "twitter",
          "facebook",
          "linkedin",
          "whatsapp",
          "reddit",
          "pinterest",
          "instagram",
          "biography",
          "profile",
          "posts",
          "articles",
          "view",
          "latest",
          "top",
          "best",
          "free",
          "der",
          "die",
          "das",
          "und",
          "mit",
          "für",
          "ist",
          "les",
          "des",
          "los",
          "las",
          "il",
          "gli",
          "una",
          "uno",
          "el",
          "am",
          "um",
          "le",
          "la",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "january",
          "february",
          "march",
          "july",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "et",
          "pm",
          "est",
          "edt",
          "pst",
          "pdt",
          "gmt",
          "utc",
          "cet",
          "cest",
          "bst",
          "hst",
          "cst",
          "cdt");

  /** Lower-case words inside a name: "Ludwig van Beethoven", "Ana de la Cruz". */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la",
          "le", "du", "bin", "ibn", "al", "el", "ter", "ten", "y", "st", "zu", "af", "des");

  private NameWords() {}

  /** Roles a person holds: a byline's tail that has one is a person's title, not a desk's. */
  private static final Set<String> PERSON_ROLES =
      Set.of(
          "writer",
          "reporter",
          "correspondent",
          "columnist",
          "editor",
          "contributor",
          "photographer",
          "intern",
          "producer",
          "anchor",
          "host",
          "analyst",
          "blogger",
          "journalist",
          "correspondant",
          "korrespondent",
          "reporterin",
          "redakteur",
          "redakteurin",
          "fellow",
          "professor");

  /**
   * Whether a byline's tail from its first role word ("Editorial Staff", "Sports Desk") names a
   * desk or the outlet, not a person's title ("Staff Writer").
   */
  static boolean isOrganisation(List<String> tail) {
    return !tail.isEmpty()
        && tail.stream().map(NameWords::lower).noneMatch(PERSON_ROLES::contains)
        && tail.stream().allMatch(NameWords::isRole);
  }

  static boolean isRole(String token) {
    return ROLES.contains(lower(token));
  }

  static boolean isNotName(String token) {
    return NOT_NAMES.contains(lower(token));
  }

  static boolean isParticle(String token) {
    return PARTICLES.contains(token);
  }

  private static String lower(String token) {
    return token.replaceAll("[.’'`:]+$", "").toLowerCase(Locale.ROOT);
  }
}
