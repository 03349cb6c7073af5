package newsearch.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.ServiceUnavailableResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many searches run at once. Past that, a request waits for a slot; one that has waited {@link
 * #WAIT} is answered 503 with {@code Retry-After}, so an overloaded server tells its clients to
 * come back instead of queueing every one of them without bound.
 */
final class SearchSlots {

  static final Duration WAIT = Duration.ofSeconds(1);

  /** Two a core: a search waits on the disk or the network part of its time. */
  static final int DEFAULT = 2 * Runtime.getRuntime().availableProcessors();

  private final Semaphore slots;

  SearchSlots(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("At least one search slot is needed, was " + count);
    }
    slots = new Semaphore(count, true);
  }

  /** The handler run in a slot. */
  Handler guard(Handler handler) {
    return ctx -> {
      if (!slots.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        busy(ctx);
      }
      try {
        handler.handle(ctx);
      } finally {
        slots.release();
      }
    };
  }

  private static void busy(Context ctx) {
    ctx.header("Retry-After", Long.toString(WAIT.toSeconds()));
    throw new ServiceUnavailableResponse(
        "The server is busy with other searches: try again in a second");
  }
}
