package partnership.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.generate.GeneratorOptions;
import partnership.generate.PartnershipGenerator;
import partnership.spark.SharedSpark;

/**
 * A run killed with SIGKILL in the middle of its metric stage leaves the last good output as it was and
 * nothing else visible; the next run takes over its lock, removes what it left and publishes. A run sent
 * SIGTERM there says it was asked to stop, once; a process that finishes says nothing of a stop.
 */
class KilledRunTest {

  @TempDir Path input;
  @TempDir Path output;

  @Test
  void aRunKilledMidWayLeavesTheLastGoodOutputAndTheNextRunCleansUp() throws Exception {
    Process run = startRunOverALastGoodOutput();
    List<String> seen = outputStoppingAtTheMetricStage(run, ProcessHandle::destroyForcibly); // SIGKILL
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as("the run reached its metric stage").anyMatch(l -> l.startsWith("[link] done"));

    assertThat(Files.readString(output.resolve("2024-25/metrics.csv"))).isEqualTo("the last good output\n");
    assertThat(visible(output)).containsExactly("2024-25");
    assertThat(hidden(output)).as("the dead run's lock and working folder").isNotEmpty();

    SharedSpark.get();
    int code = Main.execute("run", "--period", "2024-25", "--input", input.toString(), "--output",
        output.toString(), "--master", "local[2]", "--quiet");

    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(output.resolve("2024-25/metrics.csv"))).startsWith("metric_id,period,");
    assertThat(visible(output)).containsExactlyInAnyOrder("2024-25", "store");
    assertThat(hidden(output)).isEmpty();
  }

  @Test
  void aRunAskedToStopSaysSoInsteadOfSparksBugReportAndLeavesTheLastGoodOutput() throws Exception {
    Process run = startRunOverALastGoodOutput();
    // SIGTERM, as a scheduler's timeout sends
    List<String> seen = outputStoppingAtTheMetricStage(run, ProcessHandle::destroy);

    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as("128 + SIGTERM").isEqualTo(143);
    assertThat(seen).containsOnlyOnce("partnership: stopped before the end: the process was asked to stop (a signal "
        + "such as TERM or INT); a run publishes nothing it has not finished, and the last good output is untouched");
    assertThat(seen).noneMatch(line -> line.contains("bug in Spark"));
    assertThat(Files.readString(output.resolve("2024-25/metrics.csv"))).isEqualTo("the last good output\n");
  }

  @Test
  void aProcessThatFinishesSaysNothingOfAStop() throws Exception {
    Process version = new ProcessBuilder(command("--version")).redirectErrorStream(true).start();
    String printed = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(version.exitValue()).isEqualTo(ExitCodes.OK);
    assertThat(printed.lines().filter(line -> !line.startsWith("WARNING: Using incubator modules")))
        .containsExactly("partnership-analytics 0.1.0");
  }

  /**
   * Generates a small partnership into {@code input}, puts a last good output in {@code output} and starts a
   * run of the two in a child process, its stderr merged into its stdout.
   */
  private Process startRunOverALastGoodOutput() throws IOException {
    new PartnershipGenerator(new GeneratorOptions(input, 3, 300, 1, LocalDate.of(2025, 3, 31), "E08000029", "334",
        "Killed Run Test", 0.0)).generate(line -> { });
    Files.createDirectories(output.resolve("2024-25"));
    Files.writeString(output.resolve("2024-25/metrics.csv"), "the last good output\n");
    return new ProcessBuilder(command("run", "--period", "2024-25", "--input", input.toString(), "--output",
        output.toString(), "--master", "local[2]")).redirectErrorStream(true).start();
  }

  /**
   * Every line the run prints, stopping it with {@code stop} when its link stage is done: half-way, the working
   * folder full, the metrics being computed.
   */
  private static List<String> outputStoppingAtTheMetricStage(Process run, Consumer<ProcessHandle> stop)
      throws IOException {
    List<String> seen = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        seen.add(line);
        if (line.startsWith("[link] done")) {
          stop.accept(run.toHandle());
        }
      }
    }
    return seen;
  }

  /** This JVM's java, flags and classpath, running the command line in a child process. */
  private static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-javaagent") && !a.startsWith("-agentlib"))
        .toList());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  private static List<String> visible(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }

  private static List<String> hidden(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
    }
  }
}
