package newsearch.bench.stories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The labelled set of the story benchmark: versions to make from corpus articles (ids, seed and
 * recipe only, never text) and pairs of different articles on one event. Tab-separated rows {@code
 * copy version_id source_id donor_id seed recipe} and {@code different id_a id_b}; {@code #} lines
 * are the header.
 */
public record EditedSet(List<Version> versions, List<Pair> different) {

  /** The bench resource the command reads by default. */
  public static final String RESOURCE = "/newsearch/bench/story-edits.tsv";

  /** One version to make: of {@code source}, with paragraphs of {@code donor} when it adds any. */
  public record Version(String id, String source, String donor, long seed, List<Edit> recipe) {

    /** The recipe's shape: one kind, or how many kinds are mixed. */
    public String shape() {
      if (recipe.size() == 1) {
        return recipe.get(0).kind().label();
      }
      return recipe.size() == EditKind.values().length ? "all kinds" : "mix of " + recipe.size();
    }

    /** The strength of the recipe's edits when they all have one, else "mixed". */
    public String strength() {
      double s = recipe.get(0).strength();
      return recipe.stream().allMatch(e -> e.strength() == s) ? String.valueOf(s) : "mixed";
    }
  }

  /** Two different articles on one event, of different outlets. */
  public record Pair(String a, String b) {}

  /** Every corpus article id the set needs. */
  public Set<String> articleIds() {
    var ids = new LinkedHashSet<String>();
    for (Version v : versions) {
      ids.add(v.source());
      if (!v.donor().isEmpty()) {
        ids.add(v.donor());
      }
    }
    for (Pair p : different) {
      ids.add(p.a());
      ids.add(p.b());
    }
    return ids;
  }

  /** The set in the bench resources. */
  public static EditedSet bundled() {
    try (InputStream in = EditedSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bench resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The set of a file's lines. */
  public static EditedSet parse(List<String> lines) {
    var versions = new ArrayList<Version>();
    var different = new ArrayList<Pair>();
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f[0].equals("copy") && f.length == 6) {
        String donor = f[3].equals("-") ? "" : f[3];
        versions.add(new Version(f[1], f[2], donor, Long.parseLong(f[4]), Edit.parse(f[5])));
      } else if (f[0].equals("different") && f.length == 3) {
        different.add(new Pair(f[1], f[2]));
      } else {
        throw new IllegalArgumentException("line " + number + ": not a copy or different row");
      }
    }
    return new EditedSet(List.copyOf(versions), List.copyOf(different));
  }

  /** Writes the set with {@code header} lines (each written after "# "). */
  public void write(Path file, List<String> header) throws IOException {
    var lines = new ArrayList<String>();
    header.forEach(h -> lines.add(h.isEmpty() ? "#" : "# " + h));
    lines.add("# copy\tversion_id\tsource_id\tdonor_id\tseed\trecipe");
    for (Version v : versions) {
      String donor = v.donor().isEmpty() ? "-" : v.donor();
      lines.add(
          String.join(
              "\t",
              "copy",
              v.id(),
              v.source(),
              donor,
              Long.toString(v.seed()),
              Edit.format(v.recipe())));
    }
    lines.add("# different\tid_a\tid_b");
    for (Pair p : different) {
      lines.add("different\t" + p.a() + "\t" + p.b());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
