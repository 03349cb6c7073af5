package newsearch.indexer.index;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;

/**
 * What an article gives the {@link IndexSchema#NAMES}, {@link IndexSchema#SUGGEST} and story
 * fields, worked out by the pipeline (the name fold, the suggestions and the MinHash signature sit
 * above the schema) and handed to {@link IndexSchema#toDocument} as plain values.
 *
 * @param nameTerms the body's {@code key:term} pairs separated by spaces; empty when it names no
 *     one
 * @param signature the body's MinHash signature; empty when stories are off or the body is short
 * @param bandKeys the signature's LSH band keys; empty exactly when {@code signature} is
 * @param suggestTerms the {@link IndexSchema#SUGGEST} terms, each with its kind's prefix
 */
public record NamesAndStory(
    String nameTerms,
    Optional<BytesRef> signature,
    List<BytesRef> bandKeys,
    List<String> suggestTerms) {

  public NamesAndStory {
    nameTerms = nameTerms == null ? "" : nameTerms;
    signature = signature == null ? Optional.empty() : signature;
    bandKeys = bandKeys == null ? List.of() : List.copyOf(bandKeys);
    suggestTerms = suggestTerms == null ? List.of() : List.copyOf(suggestTerms);
    if (signature.isEmpty() != bandKeys.isEmpty()) {
      throw new IllegalArgumentException(
          "Band keys come with a signature: signature "
              + (signature.isPresent() ? "present" : "empty")
              + ", "
              + bandKeys.size()
              + " band keys");
    }
  }
}
