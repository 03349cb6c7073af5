package newsearch.indexer.extract.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Wraps a clean article in page furniture of varied, seeded shapes: menus, a logo, a repeated
 * headline, a date in one of many formats, in-article nags, a ticker, related-article lists with
 * teasers, app nags and a footer. For {@link ExtractionQualityTest}.
 */
final class PageWrapper {

  /** Other articles, for the lists of related headlines and teasers. */
  record Other(String headline, String teaser) {}

  private static final List<List<String>> MENUS =
      List.of(
          List.of("Home", "World", "Politics", "Business", "Sport"),
          List.of("logo", "Skip to main content", "News", "Opinion"),
          List.of("Startseite > Politik > Ausland"),
          List.of("Menu", "Search", "Sign in", "Subscribe"),
          List.of());
  private static final List<String> DATE_FORMATS =
      List.of(
          "'date' yyyy-MM-dd",
          "dd/MM/yyyy HH:mm",
          "'Release time:'yyyy-MM-dd",
          "MMMM d, yyyy",
          "MMM'.' d, yyyy",
          "yyyy-MM-dd'T'HH:mm:ss'Z'",
          "'Published' MM/dd/yyyy",
          "d MMMM yyyy");
  private static final List<String> NAGS =
      List.of(
          "Continue reading",
          "Haberin Devamı",
          "Advertisement",
          "Read more",
          "Share",
          "Continua a leggere",
          "Weiterlesen");
  private static final List<String> LIST_HEADERS =
      List.of("Related Articles", "Latest news", "Recommended", "More stories", "Most read");
  private static final List<String> FOOTERS =
      List.of(
          "Download the app",
          "Get Started Now: Download the App",
          "Comments",
          "No comments yet...",
          "Follow us",
          "Sign up for our newsletter");

  private final Random random;
  private boolean hasHeadline;

  PageWrapper(long seed) {
    this.random = new Random(seed);
  }

  /** The page text; its date line, when there is one, is {@code date}. */
  String wrap(String headline, LocalDate date, List<String> paragraphs, List<Other> others) {
    var lines = new ArrayList<String>(pick(MENUS));
    hasHeadline = random.nextInt(4) > 0;
    if (hasHeadline) {
      lines.add(headline);
      if (random.nextBoolean()) {
        lines.add(headline);
      }
    }
    String fmt = pick(DATE_FORMATS);
    lines.add(date.atTime(14, 49).format(DateTimeFormatter.ofPattern(fmt, Locale.ENGLISH)));
    lines.add("");
    boolean glued = random.nextInt(8) == 0;
    boolean blankLines = random.nextBoolean();
    if (glued) {
      lines.add(String.join(" ", paragraphs) + " Continue reading...");
    } else {
      for (String p : paragraphs) {
        lines.add(p);
        if (blankLines) {
          lines.add("");
        }
        if (random.nextInt(6) == 0) {
          lines.add(pick(NAGS));
        }
      }
    }
    if (random.nextInt(3) == 0) {
      lines.add(ticker(others));
    }
    lines.add(pick(LIST_HEADERS));
    for (int i = 0; i < 3 + random.nextInt(4) && !others.isEmpty(); i++) {
      Other o = others.get(random.nextInt(others.size()));
      lines.add(o.headline());
      if (random.nextBoolean()) {
        lines.add("");
        lines.add(o.headline());
        lines.add(o.teaser());
      }
    }
    lines.add(pick(FOOTERS));
    lines.add(pick(FOOTERS));
    lines.add("© 2025 Example Media. All rights reserved.");
    return String.join("\n", lines);
  }

  /** Whether the last page had a headline line: when not, the right headline is none. */
  boolean hasHeadline() {
    return hasHeadline;
  }

  private String ticker(List<Other> others) {
    var sb = new StringBuilder();
    for (int i = 0; i < 8 && !others.isEmpty(); i++) {
      sb.append(String.format(Locale.ROOT, "22/02 %02d:%02d - ", 20 - i, random.nextInt(60)));
      sb.append(others.get(random.nextInt(others.size())).headline()).append(' ');
    }
    return sb.toString().strip();
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
