package newsearch.bench.stories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsearch eval-stories}: precision and recall of story detection on edited copies of
 * corpus articles and hard negatives (bench resource {@code story-edits.tsv}), and precision on the
 * judged real pairs; {@code --make} chooses a new set instead.
 */
@Command(
    name = "eval-stories",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Makes the edited versions of the labelled set (bench resource story-edits.tsv, or --set)"
          + " from the corpus, indexes them with their sources, the hard negatives and the judged"
          + " real pairs (duplicate-pairs.tsv) into a temporary index, and prints precision and"
          + " recall of the story ids.",
      "With --make FILE, chooses a new labelled set from the corpus and writes it instead."
    })
public final class EvalStoriesCommand implements Callable<Integer> {

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      required = true,
      description = "The JSON-lines corpus the set was made from (news-allsides.jsonl.gz).")
  Path corpus;

  @Option(names = "--set", paramLabel = "FILE", description = "A labelled set (default: bundled).")
  Path set;

  @Option(names = "--make", paramLabel = "FILE", description = "Write a new labelled set here.")
  Path make;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "16",
      description = "Seed of a new set (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--sources",
      paramLabel = "N",
      defaultValue = "150",
      description = "Articles a new set makes versions of, three each (default: ${DEFAULT-VALUE}).")
  int sources;

  @Option(
      names = "--negatives",
      paramLabel = "N",
      defaultValue = "300",
      description = "Hard negative pairs of a new set (default: ${DEFAULT-VALUE}).")
  int negatives;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "2",
      description = "Indexing threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(corpus)) {
      System.err.println("error: no corpus file at " + corpus);
      return 1;
    }
    if (make != null) {
      EditedSet made = EditedSetMaker.make(corpus, seed, sources, negatives);
      made.write(make, header(made));
      System.out.printf(
          "Wrote %d versions of %d articles and %d hard negatives to %s%n",
          made.versions().size(), made.versions().size() / 3, made.different().size(), make);
      return 0;
    }
    EditedSet labelled =
        set == null ? EditedSet.bundled() : EditedSet.parse(Files.readAllLines(set));
    Path work = Files.createTempDirectory("newsearch-stories");
    try {
      StoryEval.run(corpus, labelled, work, threads, System.out);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return 0;
  }

  private List<String> header(EditedSet made) {
    return List.of(
        "Edited copies and hard negatives for measuring story detection (./newsearch eval-stories).",
        "Only article ids of "
            + corpus.getFileName()
            + ", seeds and edit recipes: no text. The"
            + " versions are made again from the corpus at each run (EditedCopy), so the texts stay"
            + " with their publishers.",
        "Made by: ./newsearch eval-stories --corpus news-allsides.jsonl.gz --make FILE --seed "
            + seed
            + " --sources "
            + sources
            + " --negatives "
            + negatives,
        "",
        "different: hard negatives, two articles of one date and different outlets (source_domain)"
            + " whose headlines share >= "
            + EditedSetMaker.HEADLINE_OVERLAP
            + " of their content"
            + " words (Jaccard) and whose bodies share >= "
            + EditedSetMaker.SHARED_NAMES
            + " capitalised names, but under "
            + EditedSetMaker.MAX_SHINGLE_OVERLAP
            + " of their"
            + " 5-word shingles (containment); pairs judged one article in duplicate-pairs.tsv"
            + " are left out; at most two pairs an article; drawn in seeded random order.",
        "copy: a version of source_id, made by EditedCopy.make(body, recipe, seed, donor body)."
            + " Sources: articles of the negative pairs with >= "
            + EditedSetMaker.MIN_PARAGRAPHS
            + " paragraphs and >= "
            + EditedSetMaker.MIN_CHARS
            + " characters; donor_id (the"
            + " paragraphs an 'added' edit inserts) is the source's negative partner, an article of"
            + " another outlet on the same event.",
        "Three versions a source: ~edit1 one kind alone (kinds and strengths 0.2/0.5/0.8 in turn),"
            + " ~edit2 a random mix of two or three kinds at random strengths, ~edit3 all seven"
            + " kinds at one strength (in turn).",
        "Kinds (strength = share of what the kind works on): lead (lead sentences rewritten),"
            + " cut_reorder (half the strength of paragraphs cut, some moved), added (donor"
            + " paragraphs, half the strength as many as the body has), rewording (sentences with"
            + " a word swapped, added or dropped), spelling (US -> UK words), transliteration"
            + " (names respelled: Sergey -> Sergei), glued (paragraph and sentence breaks lost).",
        "");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalStoriesCommand()).execute(args));
  }
}
