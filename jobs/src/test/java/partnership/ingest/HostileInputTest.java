package partnership.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.contract.Contracts;
import partnership.pipeline.Progress;

/** Broken and hostile partner files: each gives a clear outcome, and every record read is accounted for. */
class HostileInputTest {

  private static final String CHILD = "mfrggzdfmztwq2lknnwg23tpobyxe43uov3ho6dzpiytemzu";
  private static final String HEADER = "referral_id,child_id,created_at,shared_at,concern\n";
  private static final String GOOD = "R1," + CHILD + ",2024-07-01T10:30,2024-07-01T11:00,neglect\n";

  @TempDir Path input;
  @TempDir Path out;

  private TableQuality ingest(byte[] bytes) throws IOException {
    Path file = input.resolve("police/referrals.csv");
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    IngestJob.Result result = IngestJob.run(input, out, Contracts.load(),
        LocalDate.of(2025, 6, 1), new Progress(true));
    TableQuality quality = result.quality().get(0);
    assertThat(quality.accepted() + quality.quarantined()).isEqualTo(quality.read());
    return quality;
  }

  private TableQuality ingest(String text) throws IOException {
    return ingest(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    TableQuality q = ingest("");
    assertThat(q.status()).isEqualTo("refused");
    assertThat(q.notes().get(0)).contains("police/referrals.csv at line 1").contains("empty_file");
  }

  @Test
  void aHeaderOnlyFileIsDeliveredWithNoRows() throws IOException {
    TableQuality q = ingest(HEADER);
    assertThat(q.status()).isEqualTo("ok");
    assertThat(q.read()).isZero();
  }

  @Test
  void aByteOrderMarkIsTolerated() throws IOException {
    TableQuality q = ingest("\uFEFF" + HEADER + GOOD);
    assertThat(q.accepted()).isEqualTo(1);
  }

  @Test
  void aTruncatedLastLineIsQuarantinedAndTheRestAccepted() throws IOException {
    TableQuality q = ingest(HEADER + GOOD + "R2," + CHILD + ",2024-07-0");
    assertThat(q.read()).isEqualTo(2);
    assertThat(q.accepted()).isEqualTo(1);
    assertThat(q.byRule()).containsEntry("column_count", 1L);
  }

  @Test
  void aTenMegabyteLineIsQuarantinedNotFatal() throws IOException {
    String huge = "x".repeat(10 * 1024 * 1024);
    TableQuality q = ingest(HEADER + GOOD + "R2," + CHILD + ",2024-07-01T10:30,," + huge + "\n");
    assertThat(q.read()).isEqualTo(2);
    assertThat(q.byRule()).containsEntry("value_too_long", 1L);
  }

  @Test
  void aQuoteLeftOpenRefusesTheFileNamingTheLine() throws IOException {
    TableQuality q = ingest(HEADER + GOOD + "R2,\"" + CHILD + ",2024-07-01T10:30,,neglect\n" + GOOD);
    assertThat(q.status()).isEqualTo("refused");
    assertThat(q.notes().get(0)).contains("line 3").contains("quote_not_closed");
  }

  @Test
  void bytesThatAreNotUtf8RefuseTheFileNamingTheLine() throws IOException {
    byte[] bytes = (HEADER + GOOD + "R2," + CHILD + ",2024-07-01T10:30,,n\u00e9glect\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    TableQuality q = ingest(bytes);
    assertThat(q.status()).isEqualTo("refused");
    assertThat(q.notes().get(0)).contains("line 3").contains("not_utf8");
  }

  @Test
  void aMissingRequiredColumnRefusesTheFileAndAnUnknownOneIsDroppedWithANote() throws IOException {
    TableQuality missing = ingest("referral_id,child_id,shared_at,concern\nR1," + CHILD + ",,neglect\n");
    assertThat(missing.notes().get(0)).contains("missing_column").contains("created_at");

    TableQuality extra = ingest("team," + HEADER.trim() + "\nA," + GOOD);
    assertThat(extra.accepted()).isEqualTo(1);
    assertThat(extra.notes()).containsExactly("unknown column team dropped");
  }

  @Test
  void endBeforeStartAndImpossibleDatesAreQuarantinedByRule() throws IOException {
    TableQuality q = ingest(HEADER
        + "R1," + CHILD + ",2024-07-02T10:30,2024-07-01T11:00,neglect\n"
        + "R2," + CHILD + ",2024-02-30T10:30,,neglect\n"
        + "R3," + CHILD + ",1900-01-01T10:30,,neglect\n"
        + "R4," + CHILD + ",2099-01-01T10:30,,neglect\n"
        + "R5," + CHILD + ",2024-07-01T10:30,,cruelty\n");
    assertThat(q.byRule()).containsEntry("shared_before_created", 1L).containsEntry("timestamp_format", 1L)
        .containsEntry("date_implausible", 1L).containsEntry("date_in_future", 1L)
        .containsEntry("unknown_code", 1L);
  }

  @Test
  void aMissingInputFolderIsAClearError() {
    assertThatThrownBy(() -> IngestJob.run(input.resolve("nope"), out, Contracts.load(),
        LocalDate.of(2025, 6, 1), new Progress(true)))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("the input folder does not exist");
  }
}
