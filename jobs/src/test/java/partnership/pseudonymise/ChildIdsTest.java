package partnership.pseudonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.identity.Pseudonym;
import partnership.ingest.InputFileException;

/** From the identifier a file holds to child_id, directly or through the council's crosswalk. */
class ChildIdsTest {

  // Known answer from openssl, see partnership.identity.PseudonymTest.
  private static final String ID_0018 = "u5n3vixt4dkr5p4d2fgzwfkdlvoofrqvnhtxtlqnnxiljjclvfua";
  private static final Pseudonym PSEUDONYM =
      new Pseudonym("partnership-test-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

  @TempDir
  Path dir;

  private Crosswalk crosswalk(String text) throws IOException {
    return Crosswalk.read(Files.writeString(dir.resolve("crosswalk.csv"), text));
  }

  @Test
  void anNhsNumberIsNormalisedCheckedAndHashed() {
    ChildIds ids = new ChildIds(PSEUDONYM, null);
    assertThat(ids.resolve(" 999 000 0018 ")).isEqualTo(new ChildIds.Outcome(ID_0018, null));
    assertThat(ids.resolve("9990000019").rejectReason()).isEqualTo("NHS number fails the modulus 11 check");
    assertThat(ids.resolve("9991234560").rejectReason()).isEqualTo("NHS number fails the modulus 11 check");
    assertThat(ids.resolve("").rejectReason()).isEqualTo("NHS number is missing");
    assertThat(ids.resolve(null).rejectReason()).isEqualTo("NHS number is missing");
  }

  @Test
  void aLocalIdIsLookedUpInTheCrosswalk() throws IOException {
    ChildIds ids = new ChildIds(PSEUDONYM, crosswalk("local_id,nhs_number\nL001,999 000 0018\nL002,\n"));
    assertThat(ids.resolve("L001")).isEqualTo(new ChildIds.Outcome(ID_0018, null));
    assertThat(ids.resolve(" L001 ").childId()).isEqualTo(ID_0018);
    assertThat(ids.resolve("L002").rejectReason())
        .isEqualTo("the crosswalk's NHS number for this local id is missing");
    assertThat(ids.resolve("L003").rejectReason()).isEqualTo("local id is not in the crosswalk");
    assertThat(ids.resolve(" ").rejectReason()).isEqualTo("local id is missing");
  }

  @Test
  void aCrosswalkMustHaveItsHeader() {
    assertThatThrownBy(() -> crosswalk("id,nhs\nL001,9990000018\n"))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("local_id,nhs_number");
  }

  @Test
  void aLocalIdCannotMapToTwoNhsNumbers() {
    assertThatThrownBy(() -> crosswalk("local_id,nhs_number\nL0000001,9990000018\nL0000001,9990000026\n"))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("at line 3")
        .hasMessageContaining("*****001")
        .hasMessageNotContaining("9990000018")
        .hasMessageNotContaining("9990000026");
  }
}
