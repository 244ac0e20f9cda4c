package partnership.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code partnership keygen}: a good key, readable by its owner only, never written over. */
class KeygenCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesThirtyTwoBytesOnlyTheOwnerMayRead() throws IOException {
    Path key = dir.resolve("partnership.key");
    assertThat(Main.execute("keygen", "--out", key.toString())).isEqualTo(ExitCodes.OK);
    assertThat(Files.size(key)).isEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
  }

  @Test
  void refusesToReplaceAnExistingKey() throws IOException {
    Path key = dir.resolve("partnership.key");
    Main.execute("keygen", "--out", key.toString());
    byte[] first = Files.readAllBytes(key);

    assertThat(Main.execute("keygen", "--out", key.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readAllBytes(key)).isEqualTo(first);
  }
}
