package newsearch.indexer.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a child JVM with the test classpath, as a user runs the command. */
public final class ChildJvm {

  /** What the child printed and how it ended. */
  public record Result(int exitCode, String stdout, String stderr) {}

  private ChildJvm() {}

  public static ProcessBuilder builder(
      Path workDir, List<String> jvmOptions, String mainClass, String... args) {
    var command = new ArrayList<String>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // As the ./newsearch launcher runs it, so that Lucene's startup notes stay off stderr.
    command.addAll(
        List.of("--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(workDir.resolve("stdout.txt").toFile())
        .redirectError(workDir.resolve("stderr.txt").toFile());
  }

  /** Runs to the end, or kills the child and fails after {@code timeoutSeconds}. */
  public static Result run(
      Path workDir, List<String> jvmOptions, String mainClass, long timeoutSeconds, String... args)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Process p = builder(workDir, jvmOptions, mainClass, args).start();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        throw new AssertionError(mainClass + " did not finish in " + timeoutSeconds + " s");
      }
      return new Result(
          p.exitValue(),
          Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8),
          Files.readString(workDir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    } finally {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
