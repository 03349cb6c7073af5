package newsearch.indexer.extract.date;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.date.FoundDate.Kind;

/**
 * The words that introduce a date in the main European languages: a publication ("Published",
 * "Posted on", "Veröffentlicht am", "Publié le", "Pubblicato il", "Publicado el"), an update
 * ("Updated", "Aktualisiert", "Mis à jour"), or a date that is not the page's (a copyright, a
 * citation's access date, a comment).
 */
final class DateLabels {

  // Folded: lower case, no accents, punctuation as spaces (TextNorm.fold).
  private static final String PUBLISHED =
      "published|published on|first published|publish date|publication date|posted|posted on"
          + "|released|release time|date|dated|created|written|written on|added"
          + "|veroffentlicht|veroffentlicht am|erschienen|erschienen am|erstellt|erstellt am"
          + "|datum|veroffentlichung|veroffentlichungsdatum|erscheinungsdatum|publication"
          + "|publie|publie le|mis en ligne|mis en ligne le|cree le|publicado|publicado el"
          + "|publicado em|publicada|publicada el|fecha|fecha de publicacion|pubblicato"
          + "|pubblicato il|pubblicata|data|data di pubblicazione|gepubliceerd|gepubliceerd op"
          + "|geplaatst|geplaatst op|opublikowano|publikovano|julkaistu|publicerad|publiceret"
          + "|publisert|yayinlanma|yayin tarihi|ngay dang|dang ngay"
          // A byline: "By Jane Roe, 3 March 2025", "Von Jane Roe am 3. März 2025".
          + "|by|von|par|por|door|av";
  private static final String UPDATED =
      "updated|updated on|last updated|modified|last modified|edited|revised|aktualisiert"
          + "|aktualisiert am|zuletzt aktualisiert|geandert|zuletzt geandert|stand|mis a jour"
          + "|mis a jour le|modifie le|actualizado|actualizado el|actualizada|atualizado"
          + "|atualizado em|aggiornato|aggiornato il|aggiornata|ultima modifica|ultimo aggiornamento"
          + "|bijgewerkt|laatst bijgewerkt|gewijzigd|zaktualizowano|aktualizovano|paivitetty"
          + "|uppdaterad|opdateret|oppdatert|guncelleme|guncellenme|cap nhat";

  /**
   * Not the page's date: a copyright line, a clock ("today is"), the day a source was accessed, a
   * comment's reply, an event's or a person's date.
   */
  private static final String NOT_PUBLICATION =
      "copyright|c|all rights reserved|today|today is|heute|heute ist|aktuelles datum"
          + "|current date|current time|aujourd hui|hoy|oggi|accessed|retrieved|abgerufen|abgerufen am|consulte le"
          + "|consultado|consultato|says|said|reply|replies|antworten|repondre|responder"
          + "|rispondi|event|events|from|until|bis|deadline|expires|valid until|gultig bis"
          + "|born|geboren|died|gestorben|registered|registriert|joined|member since"
          + "|mitglied seit|dabei seit|inscrit|inscrit le|miembro desde|iscritto";

  /** Words allowed between a label and its date: a weekday, "am", "on", "by Jane Roe on". */
  private static final int MAX_GAP_WORDS = 5;

  private static final Pattern LABEL =
      Pattern.compile(
          "\\b(?:(?<published>"
              + longestFirst(PUBLISHED)
              + ")|(?<updated>"
              + longestFirst(UPDATED)
              + ")|(?<other>"
              + longestFirst(NOT_PUBLICATION)
              + "))\\b");

  private DateLabels() {}

  /** What the label nearest before a date says it is, when one is close enough. */
  static Optional<Kind> kindBefore(String textBefore) {
    return label(textBefore).filter(l -> !l.equals("other")).map(DateLabels::kind);
  }

  /** True when the words before a date say it is not a publication (©, "accessed", "says"). */
  static boolean notPublication(String textBefore) {
    return textBefore.contains("©") || label(textBefore).filter(l -> l.equals("other")).isPresent();
  }

  /** Alternatives longest first, so that "published on" is taken whole, not as "published". */
  private static String longestFirst(String alternatives) {
    return Arrays.stream(alternatives.split("\\|"))
        .sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.joining("|"));
  }

  private static Kind kind(String group) {
    return group.equals("updated") ? Kind.UPDATED : Kind.PUBLISHED;
  }

  /** The group of the label nearest the end of {@code text}, if few words follow it. */
  private static Optional<String> label(String text) {
    String folded = TextNorm.fold(text);
    Matcher m = LABEL.matcher(folded);
    String group = null;
    int end = -1;
    while (m.find()) {
      // The longest label ending last wins: "last updated" over "updated", both over "date".
      if (m.end() >= end) {
        end = m.end();
        group =
            m.group("published") != null
                ? "published"
                : m.group("updated") != null ? "updated" : "other";
      }
    }
    if (group == null || TextNorm.words(folded.substring(end)) > MAX_GAP_WORDS) {
      return Optional.empty();
    }
    return Optional.of(group);
  }
}
