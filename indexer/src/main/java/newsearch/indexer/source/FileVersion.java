package newsearch.indexer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a corpus file, with its sidecar if it has one, was when it was indexed: {@code
 * size:modified:sha256}. Size and time decide quickly that a file is unchanged; the content hash
 * decides when they differ (a file that was only touched is still unchanged).
 */
public final class FileVersion {

  private FileVersion() {}

  /** The version string stored with each article of the file. */
  public static String of(CorpusFile file) {
    Optional<Path> sidecar = file.sidecar();
    return stamp(file, sidecar) + ":" + hash(file.path(), sidecar);
  }

  /**
   * Whether the file is still what {@code version} recorded: the same size and time, or else the
   * same content.
   *
   * @throws UncheckedIOException when the file cannot be read for its hash
   */
  public static boolean matches(CorpusFile file, String version) {
    Optional<Path> sidecar = file.sidecar();
    return stampOf(version).equals(stamp(file, sidecar))
        || hashOf(version).equals(hash(file.path(), sidecar));
  }

  /** The cheap part, compared first. */
  private static String stamp(CorpusFile file, Optional<Path> sidecar) {
    String own = file.size() + ":" + file.modified();
    return sidecar
        .map(s -> own + "+" + s.toFile().length() + ":" + s.toFile().lastModified())
        .orElse(own);
  }

  /** The content hash part of a stored version string. */
  private static String hashOf(String version) {
    return version.substring(version.lastIndexOf(':') + 1);
  }

  /** The stamp part of a stored version string. */
  private static String stampOf(String version) {
    return version.substring(0, version.lastIndexOf(':'));
  }

  private static String hash(Path file, Optional<Path> sidecar) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      update(digest, file);
      if (sidecar.isPresent()) {
        update(digest, sidecar.get());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void update(MessageDigest digest, Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
