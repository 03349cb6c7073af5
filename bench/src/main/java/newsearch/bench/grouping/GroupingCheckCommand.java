package newsearch.bench.grouping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsearch grouping-check}: how well an index groups copies of one story under one story id
 * and spellings of one name under one name key, measured on judged pairs.
 */
@Command(
    name = "grouping-check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Over an index built by reindex (e.g. of news-allsides.jsonl.gz): precision and recall of"
          + " the story ids on the labelled article pairs (bench resource duplicate-pairs.tsv),"
          + " and the name variants the index holds, with the false-match rate on the judged"
          + " pairs (variant-pairs.tsv).",
      "With --variant-sample N, also prints N random variant pairs to judge."
    })
public final class GroupingCheckCommand implements Callable<Integer> {

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index.")
  Path index;

  @Option(
      names = "--variant-sample",
      paramLabel = "N",
      defaultValue = "0",
      description = "Print N random variant pairs (default: none).")
  int sample;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "8",
      description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(index)) {
      System.err.println("error: no index at " + index);
      return 1;
    }
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      DuplicateCheck.run(reader, LabelledPairs.read("duplicate-pairs.tsv"), System.out);
      // Pairs the detector proposed, judged afterwards: precision only (no negatives sampled).
      DuplicateCheck.run(reader, LabelledPairs.read("detected-pairs.tsv"), System.out);
      VariantCheck.run(reader, List.of("variant-pairs-dev.tsv", "variant-pairs.tsv"), System.out);
      if (sample > 0) {
        VariantCheck.sample(reader, sample, seed, System.out);
      }
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new GroupingCheckCommand()).execute(args));
  }
}
