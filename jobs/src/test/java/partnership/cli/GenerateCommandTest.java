package partnership.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @Test
  void generatesAnInputFolderAndSummarisesIt(@TempDir Path out) {
    String stdout = captureStdout(() -> assertThat(Main.execute(
        "generate", "--out", out.toString(), "--children", "500", "--years", "2", "--seed", "7")).isZero());

    assertThat(out.resolve("csc/cin_census_2024.xml")).exists();
    assertThat(out.resolve("csc/cin_census_2025.xml")).exists();
    assertThat(out.resolve("csc/cin_census_2023.xml")).doesNotExist();
    assertThat(stdout).contains("csc/contacts.csv", "police/missing_episodes.csv", "reference/population.csv");
  }

  @Test
  void aPeriodEndThatIsNotThirtyFirstMarchIsRefused(@TempDir Path out) {
    int code = Main.execute("generate", "--out", out.toString(), "--period-end", "2025-06-30");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(out.resolve("partnership.json"))).isFalse();
  }

  @Test
  void helpDescribesEveryOption() {
    String help = captureStdout(() -> assertThat(Main.execute("generate", "--help")).isZero());

    assertThat(help).contains("--out", "--seed", "--children", "--years", "--period-end", "--area-code", "--la-code",
        "--name", "--fault-rate", "demo key", "default: 42", "default: 47000");
  }

  private static String captureStdout(Runnable action) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
