package partnership.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the tool writes (outputs, rejects files, messages) holds the key, in any common encoding, or
 * a raw NHS number, valid or not, in any of the ways it was written.
 */
class PseudonymiseLeakTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureStderr() {
    originalErr = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStderr() {
    System.setErr(originalErr);
  }

  @Test
  void noOutputHoldsTheKeyOrARawNhsNumber() throws IOException {
    Path key = dir.resolve("partnership.key");
    assertThat(Main.execute("keygen", "--out", key.toString())).isZero();
    Path raw = Files.createDirectory(dir.resolve("raw"));
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(raw.resolve("referrals.csv"), """
        referral_id,nhs_number,surname,created_at
        R1,999 000 0018,Example,2024-05-01T09:00
        R2,9990000019,Example,2024-05-01T09:00
        R3,999-765-4323,Example,2024-05-01T09:00
        """);
    Files.writeString(raw.resolve("cin.xml"), """
        <Message><Children>
        <Child><ChildIdentifiers><LAchildID>9990000026</LAchildID><UPN>A123456789012</UPN></ChildIdentifiers></Child>
        <Child><ChildIdentifiers><LAchildID>9991234560</LAchildID></ChildIdentifiers></Child>
        </Children></Message>
        """);
    Files.writeString(raw.resolve("header.csv"), """
        CHILD,SEX,DOB,UPN
        9990001235,1,17/05/2012,A123456789013
        9990001236,1,17/05/2012,A123456789014
        """);
    for (String file : List.of("referrals.csv", "cin.xml", "header.csv")) {
      assertThat(Main.execute("pseudonymise", "--key-file", key.toString(),
          "--in", raw.resolve(file).toString(), "--out", out.resolve(file).toString())).isZero();
    }

    List<byte[]> written = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.toList()) {
        written.add(Files.readAllBytes(file));
      }
    }
    assertThat(written).hasSize(6); // three outputs, three rejects files
    written.add(stderr.toByteArray());

    byte[] keyBytes = Files.readAllBytes(key);
    List<byte[]> forbidden = new ArrayList<>(List.of(keyBytes));
    for (String encoded : List.of(HexFormat.of().formatHex(keyBytes),
        HexFormat.of().withUpperCase().formatHex(keyBytes),
        Base64.getEncoder().encodeToString(keyBytes),
        Base64.getEncoder().withoutPadding().encodeToString(keyBytes),
        Base64.getUrlEncoder().withoutPadding().encodeToString(keyBytes))) {
      forbidden.add(encoded.getBytes(StandardCharsets.US_ASCII));
    }
    for (String number : List.of("9990000018", "999 000 0018", "9990000019", "9997654323", "999-765-4323",
        "9990000026", "9991234560", "9990001235", "9990001236", "A123456789012", "A123456789013")) {
      forbidden.add(number.getBytes(StandardCharsets.US_ASCII));
    }
    for (byte[] output : written) {
      for (byte[] secret : forbidden) {
        assertThat(indexOf(output, secret))
            .as("%s found in an output", new String(secret, StandardCharsets.ISO_8859_1))
            .isEqualTo(-1);
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
