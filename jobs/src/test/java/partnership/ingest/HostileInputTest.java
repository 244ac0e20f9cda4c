package partnership.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.contract.Contracts;
import partnership.pipeline.Progress;
import partnership.spark.SharedSpark;

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
    // Quarantine keeps the first 200 characters of the value and "...", not 10 MB.
    Row row = SharedSpark.get().read().parquet(out.resolve("quality/quarantine.parquet").toString()).first();
    assertThat(row.<String>getAs("value")).isEqualTo("x".repeat(200) + "...");
    assertThat(row.<String>getAs("message")).isEqualTo("concern: the value is 10485760 characters long (at most 10000)");
  }

  @Test
  void aColumnNamedTwiceRefusesTheFileNamingBothColumns() throws IOException {
    // Which child_id holds the data cannot be told, so neither is used.
    TableQuality q = ingest("referral_id,child_id,created_at,shared_at,concern,child_id\n"
        + "R1," + CHILD + ",2024-07-01T10:30,,neglect,x\n");
    assertThat(q.status()).isEqualTo("refused");
    assertThat(q.notes()).containsExactly("Cannot read police/referrals.csv at line 1, column 6: the column 'child_id'"
        + " is also column 2 of the header [rule duplicate_column]");
  }

  @Test
  void aDuplicateKeyIsQuarantinedWithTheKeyInItsMessage() throws IOException {
    TableQuality q = ingest(HEADER + GOOD + GOOD.replace("neglect", "exploitation"));
    assertThat(q.byRule()).containsExactly(java.util.Map.entry("duplicate_key", 1L));
    Row row = SharedSpark.get().read().parquet(out.resolve("quality/quarantine.parquet").toString()).first();
    assertThat(row.<Long>getAs("line")).isEqualTo(3L);
    assertThat(row.<String>getAs("column")).isEqualTo("referral_id");
    assertThat(row.<String>getAs("value")).isEqualTo("R1");
    assertThat(row.<String>getAs("message")).isEqualTo("an earlier row of the file has the same referral_id (R1)");
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
  void aFileThatCannotBeReadIsRefusedNamingIt() throws IOException {
    // Reading /proc/self/mem from its start fails with an I/O error (nothing is mapped at address 0): a disk
    // error that root, who runs the tests in CI, cannot be denied by permissions.
    Path mem = Path.of("/proc/self/mem");
    Assumptions.assumeTrue(Files.isRegularFile(mem), "needs Linux /proc");
    Files.createDirectories(input.resolve("police"));
    Path link = Files.createSymbolicLink(input.resolve("police/referrals.csv"), mem);
    TableQuality q;
    try {
      q = IngestJob.run(input, out, Contracts.load(), LocalDate.of(2025, 6, 1),
          new Progress(true)).quality().get(0);
    } finally {
      Files.delete(link);
    }

    assertThat(q.status()).isEqualTo("refused");
    assertThat(q.read()).isZero();
    assertThat(q.notes()).singleElement().asString()
        .startsWith("Cannot read police/referrals.csv: cannot open or read the file (java.io.IOException: ")
        .endsWith(") [rule file_unreadable]");
  }

  @Test
  void aMissingInputFolderIsAClearError() {
    assertThatThrownBy(() -> IngestJob.run(input.resolve("nope"), out, Contracts.load(),
        LocalDate.of(2025, 6, 1), new Progress(true)))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("the input folder does not exist");
  }
}
