package partnership.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicPublishTest {

  @TempDir Path output;

  @Test
  void commitReplacesTheLastGoodOutputWhole() throws IOException {
    Files.createDirectories(output.resolve("2024-25"));
    Files.writeString(output.resolve("2024-25/metrics.csv"), "old");
    Path working = AtomicPublish.workingFolder(output, "2024-25", "r1");
    Files.writeString(working.resolve("metrics.csv"), "new");

    AtomicPublish.commit(output, "2024-25", "r1", working);

    assertThat(Files.readString(output.resolve("2024-25/metrics.csv"))).isEqualTo("new");
    assertThat(output.toFile().list()).containsExactly("2024-25");
  }

  @Test
  void theNextRunRemovesTheWorkingFolderOfADeadRunAndLeavesTheLastGoodOutput() throws IOException {
    Files.createDirectories(output.resolve("2024-25"));
    Files.writeString(output.resolve("2024-25/metrics.csv"), "good");
    Files.createDirectories(output.resolve(".partial-2024-25-dead"));
    Files.writeString(output.resolve(".partial-2024-25-dead/metrics.csv"), "half");

    AtomicPublish.workingFolder(output, "2024-25", "r2");

    assertThat(output.resolve(".partial-2024-25-dead")).doesNotExist();
    assertThat(Files.readString(output.resolve("2024-25/metrics.csv"))).isEqualTo("good");
  }

  @Test
  void aRunThatDiedBetweenTheTwoRenamesHasItsLastGoodOutputPutBack() throws IOException {
    Files.createDirectories(output.resolve(".old-2024-25-dead"));
    Files.writeString(output.resolve(".old-2024-25-dead/metrics.csv"), "good");

    AtomicPublish.workingFolder(output, "2024-25", "r3");

    assertThat(Files.readString(output.resolve("2024-25/metrics.csv"))).isEqualTo("good");
  }

  @Test
  void aSecondRunIsRefusedWhileTheFirstHoldsTheLockAndAStaleLockIsTakenOver() throws IOException {
    Progress quiet = new Progress(true);
    try (OutputLock first = OutputLock.acquire(output, quiet)) {
      assertThatThrownBy(() -> OutputLock.acquire(output, quiet))
          .isInstanceOf(OutputLock.HeldException.class)
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }
    // No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22).
    Files.writeString(output.resolve(".lock"), "4194305 2025-01-01T00:00:00Z\n");
    try (OutputLock taken = OutputLock.acquire(output, quiet)) {
      assertThat(Files.readString(output.resolve(".lock"))).startsWith(ProcessHandle.current().pid() + " ");
    }
    assertThat(output.resolve(".lock")).doesNotExist();
  }
}
