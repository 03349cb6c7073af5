package newsearch.indexer.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.extract.TextNorm;
import newsearch.indexer.extract.text.LineClassifier.Kind;

/**
 * Finds the article in a page's lines: runs of prose, which may hold a few short lines
 * (subheadings, a live blog's section titles) but break at list headers, tickers and runs of short
 * lines (menus, lists of other headlines). The largest run before the first list header that
 * follows a substantial run is the article.
 */
final class BodyFinder {

  /** The article's lines, first to last; empty when the page has no prose. */
  record Run(List<PageLine> lines, int prose) {
    int first() {
      return lines.getFirst().index();
    }

    int last() {
      return lines.getLast().index();
    }
  }

  private static final int MAX_SHORT_IN_RUN = 2;
  private static final int SUBSTANTIAL_CHARS = 400;
  private static final int SUBSTANTIAL_LINES = 3;
  private static final int MAX_GAP_LINES = 4;
  private static final int TOP_LINES = 12;

  Optional<Run> find(List<PageLine> lines) {
    List<Run> runs = runs(lines);
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    int cut = cut(lines, runs);
    int best = -1;
    for (int i = 0; i < runs.size() && runs.get(i).first() < cut; i++) {
      if (best < 0 || runs.get(i).prose() > runs.get(best).prose()) {
        best = i;
      }
    }
    return Optional.of(mergeNeighbours(lines, runs, best, cut));
  }

  /**
   * The index of the first list header after the first run that is the article's start: a
   * substantial run, or any run near the top of the page (a very short article).
   */
  static int cut(List<PageLine> lines, List<Run> runs) {
    for (Run run : runs) {
      if (isSubstantial(run) || nonBlankBefore(lines, run.first()) <= TOP_LINES) {
        for (int i = run.last() + 1; i < lines.size(); i++) {
          if (lines.get(i).is(Kind.END) || lines.get(i).is(Kind.TICKER)) {
            return i;
          }
        }
        break;
      }
    }
    return lines.size();
  }

  private static boolean isSubstantial(Run run) {
    long proseLines = run.lines().stream().filter(l -> l.is(Kind.PROSE)).count();
    return run.prose() >= SUBSTANTIAL_CHARS || proseLines >= SUBSTANTIAL_LINES;
  }

  private static long nonBlankBefore(List<PageLine> lines, int index) {
    return lines.subList(0, index).stream().filter(l -> !l.is(Kind.BLANK)).count();
  }

  private static List<Run> runs(List<PageLine> lines) {
    var runs = new ArrayList<Run>();
    List<PageLine> current = null;
    var pendingShort = new ArrayList<PageLine>();
    var seen = new HashSet<String>();
    for (PageLine line : lines) {
      switch (line.kind()) {
        case BLANK, SKIP, CAPTION, GLITCH -> {}
        case END, TICKER -> {
          close(current, runs);
          current = null;
        }
        case SHORT -> {
          if (current != null) {
            pendingShort.add(line);
            if (pendingShort.size() > MAX_SHORT_IN_RUN) {
              close(current, runs);
              current = null;
            }
          }
        }
        case PROSE -> {
          // A paragraph printed twice is a teaser or a pull quote: keep its first copy.
          if (!seen.add(TextNorm.key(line.text()))) {
            continue;
          }
          if (current == null) {
            current = new ArrayList<>();
          } else {
            current.addAll(pendingShort);
          }
          current.add(line);
        }
      }
      if (line.is(Kind.PROSE) || current == null) {
        pendingShort.clear();
      }
    }
    close(current, runs);
    return runs;
  }

  private static void close(List<PageLine> run, List<Run> runs) {
    if (run != null && !run.isEmpty()) {
      int prose = run.stream().filter(l -> l.is(Kind.PROSE)).mapToInt(l -> l.text().length()).sum();
      runs.add(new Run(List.copyOf(run), prose));
    }
  }

  /**
   * Joins runs next to the best one when only a few lines and no list header part them: a live
   * blog's sections, a paragraph after an embedded list.
   */
  private static Run mergeNeighbours(List<PageLine> lines, List<Run> runs, int best, int cut) {
    int from = best;
    int to = best;
    while (from > 0 && closeEnough(lines, runs.get(from - 1), runs.get(from))) {
      from--;
    }
    while (to + 1 < runs.size()
        && runs.get(to + 1).first() < cut
        && closeEnough(lines, runs.get(to), runs.get(to + 1))) {
      to++;
    }
    var merged = new ArrayList<PageLine>();
    int prose = 0;
    for (int i = from; i <= to; i++) {
      merged.addAll(runs.get(i).lines());
      prose += runs.get(i).prose();
    }
    return new Run(merged, prose);
  }

  private static boolean closeEnough(List<PageLine> lines, Run before, Run after) {
    int gap = 0;
    for (int i = before.last() + 1; i < after.first(); i++) {
      Kind k = lines.get(i).kind();
      if (k == Kind.END || k == Kind.TICKER) {
        return false;
      }
      if (k != Kind.BLANK) {
        gap++;
      }
    }
    return gap <= MAX_GAP_LINES && Math.min(before.prose(), after.prose()) >= 200;
  }
}
