package newsearch.indexer;

import java.util.Locale;

/**
 * What a reindex run tells as it enters each phase: nothing, unless a test sets hooks to learn
 * which phase a kill -9 struck, or to hold the run in one phase until it is killed.
 */
@FunctionalInterface
public interface RunHooks {

  /** The phases of a run, in order. */
  enum Phase {
    READING,
    HALFWAY,
    COMMITTING,
    COMMITTED;

    /** The phase's name in the phase log: {@code reading}, {@code halfway}, and so on. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** No hooks: what every run has unless a test sets others. */
  RunHooks NONE = phase -> {};

  /** Called by the run's own thread as it enters {@code phase}. */
  void entering(Phase phase);

  /**
   * The hooks that system properties ask for, so that a test can set them on a command it starts in
   * a child JVM: with {@code -Dnewsearch.phaseLog=true} each phase is printed as {@code phase=NAME}
   * on stderr; with {@code -Dnewsearch.pauseAt=NAME} the run prints {@code phase=paused} there and
   * sleeps until the process is killed. {@link #NONE} when neither is set.
   */
  static RunHooks fromSystemProperties() {
    boolean log = Boolean.getBoolean("newsearch.phaseLog");
    String pauseAt = System.getProperty("newsearch.pauseAt", "");
    if (!log && pauseAt.isEmpty()) {
      return NONE;
    }
    return phase -> {
      if (log) {
        System.err.println("phase=" + phase.label());
      }
      if (phase.label().equals(pauseAt)) {
        System.err.println("phase=paused");
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
