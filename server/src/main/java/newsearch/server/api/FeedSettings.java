package newsearch.server.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where feeds point and where standing lists live.
 *
 * @param publicUrl the server's address as readers reach it ({@code https://news.example.org});
 *     empty: the request's own Host
 * @param lists the folder of standing lists, {@code NAME.txt} each; empty: no lists
 */
public record FeedSettings(Optional<String> publicUrl, Optional<Path> lists) {

  public static final FeedSettings NONE = new FeedSettings(Optional.empty(), Optional.empty());

  public FeedSettings {
    publicUrl = publicUrl.map(u -> u.strip().replaceAll("/+$", "")).filter(u -> !u.isEmpty());
    publicUrl.ifPresent(
        u -> {
          if (!u.startsWith("http://") && !u.startsWith("https://")) {
            throw new IllegalArgumentException(
                "The public URL must start with http:// or https://, was '" + u + "'");
          }
        });
  }
}
