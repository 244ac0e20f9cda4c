package partnership.pseudonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.ingest.InputFileException;

/** The key is refused when it is short or others may read it, and keygen makes a good one. */
class KeyFileTest {

  private static final String KEY = "partnership-test-key-0123456789abcdef";

  @TempDir
  Path dir;

  private Path key(byte[] bytes, String permissions) throws IOException {
    Path file = dir.resolve("key");
    Files.write(file, bytes);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  @Test
  void readsAnOwnerOnlyKeyAsItsExactBytes() throws IOException {
    Path file = key(KEY.getBytes(StandardCharsets.US_ASCII), "rw-------");
    // Expected value from openssl; see partnership.identity.PseudonymTest.
    assertThat(KeyFile.read(file).of("9990000018"))
        .isEqualTo("u5n3vixt4dkr5p4d2fgzwfkdlvoofrqvnhtxtlqnnxiljjclvfua");
  }

  @Test
  void acceptsAReadOnlyKey() throws IOException {
    Path file = key(KEY.getBytes(StandardCharsets.US_ASCII), "r--------");
    assertThat(KeyFile.read(file).of("9990000018")).hasSize(52);
  }

  @Test
  void refusesAKeyShorterThan32Bytes() throws IOException {
    Path file = key("thirty-one-bytes-is-not-enough!".getBytes(StandardCharsets.US_ASCII), "rw-------");
    assertThatThrownBy(() -> KeyFile.read(file))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("31 bytes")
        .hasMessageContaining("[rule key-length]")
        .hasMessageNotContaining("thirty-one");
  }

  @Test
  void refusesAKeyOthersMayRead() throws IOException {
    Path file = key(KEY.getBytes(StandardCharsets.US_ASCII), "rw-r--r--");
    assertThatThrownBy(() -> KeyFile.read(file))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("chmod 600")
        .hasMessageContaining("[rule key-permissions]")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void refusesAKeyTheGroupMayRead() throws IOException {
    Path file = key(KEY.getBytes(StandardCharsets.US_ASCII), "rw-r-----");
    assertThatThrownBy(() -> KeyFile.read(file)).hasMessageContaining("[rule key-permissions]");
  }

  @Test
  void refusesADataFileGivenAsTheKey() throws IOException {
    Path file = key(new byte[KeyFile.MAX_BYTES + 1], "rw-------");
    assertThatThrownBy(() -> KeyFile.read(file)).hasMessageContaining("[rule key-length]");
  }

  @Test
  void refusesAMissingKey() {
    assertThatThrownBy(() -> KeyFile.read(dir.resolve("nothing"))).hasMessageContaining("no such key file");
  }

  @Test
  void generatesThirtyTwoRandomBytesOnlyTheOwnerMayRead() throws IOException {
    Path first = dir.resolve("first.key");
    Path second = dir.resolve("second.key");
    KeyFile.generate(first);
    KeyFile.generate(second);
    assertThat(Files.size(first)).isEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
    assertThat(Files.readAllBytes(first)).isNotEqualTo(Files.readAllBytes(second));
    assertThat(KeyFile.read(first).of("9990000018")).hasSize(52);
  }

  @Test
  void neverOverwritesAnExistingKey() throws IOException {
    Path file = key(KEY.getBytes(StandardCharsets.US_ASCII), "rw-------");
    assertThatThrownBy(() -> KeyFile.generate(file)).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo(KEY);
  }
}
