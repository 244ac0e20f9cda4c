package partnership.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.contract.Contracts;
import partnership.pipeline.Progress;
import partnership.spark.SharedSpark;

class IngestJobTest {

  private static final String A = "mfrggzdfmztwq2lknnwg23tpobyxe43uov3ho6dzpiytemzu";
  private static final String B = "nbswy3dpeb3w64tmmqqgq2lmnrxxe3djnzsxe33ogq2tmnzy";

  @TempDir Path input;
  @TempDir Path out;

  private final SparkSession spark = SharedSpark.get();

  private void write(String file, String text) throws IOException {
    Path path = input.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private IngestJob.Result ingest() throws IOException {
    return IngestJob.run(input, out, Contracts.load(), LocalDate.of(2025, 6, 1), new Progress(true));
  }

  @Test
  void everyRowReadIsAcceptedOrQuarantinedWithFileLineColumnValueAndRule() throws IOException {
    write("police/missing_episodes.csv", String.join("\n",
        "occurrence_id,child_id,reported_at,last_seen_at,returned_at,risk_grade,from_care,officer",
        "O1," + A + ",2024-07-01T10:30,,2024-07-02T09:00,low,N,PC 1",
        "O2," + A + ",2024-07-05T10:30,,,high,Y,PC 2",
        "O3," + B + ",2024-02-30T10:30,,,low,N,PC 3",
        "O4," + B + ",2024-08-01T10:30,,,severe,N,PC 4",
        "O2," + B + ",2024-08-02T10:30,,,low,N,PC 5",
        "O6," + B + ",2024-08-03T10:30,,low,N",
        ""));

    IngestJob.Result result = ingest();

    TableQuality quality = result.quality().get(0);
    assertThat(quality.file()).isEqualTo("police/missing_episodes.csv");
    assertThat(quality.table()).isEqualTo("stg_police__missing_episodes");
    assertThat(quality.read()).isEqualTo(6);
    assertThat(quality.accepted()).isEqualTo(2);
    assertThat(quality.quarantined()).isEqualTo(4);
    assertThat(quality.byRule()).containsExactly(
        java.util.Map.entry("column_count", 1L), java.util.Map.entry("duplicate_key", 1L),
        java.util.Map.entry("timestamp_format", 1L), java.util.Map.entry("unknown_code", 1L));
    assertThat(quality.notes()).containsExactly("unknown column officer dropped");

    List<Row> staged = spark.read().option("recursiveFileLookup", "true")
        .parquet(result.stagedTables().get("stg_police__missing_episodes").toString())
        .orderBy("occurrence_id").collectAsList();
    assertThat(staged).extracting(r -> r.getAs("occurrence_id")).containsExactly("O1", "O2");
    assertThat(staged.get(1).<Long>getAs("source_line")).isEqualTo(3L);

    List<Row> quarantine = spark.read().parquet(out.resolve("quality/quarantine.parquet").toString())
        .orderBy("line").collectAsList();
    assertThat(quarantine).extracting(r -> r.getAs("line") + " " + r.getAs("column") + " " + r.getAs("rule"))
        .containsExactly("4 reported_at timestamp_format", "5 risk_grade unknown_code",
            "6 occurrence_id duplicate_key", "7 null column_count");
    assertThat(quarantine.get(0).<String>getAs("value")).isEqualTo("2024-02-30T10:30");
    assertThat(quarantine.get(0).<String>getAs("file")).isEqualTo("police/missing_episodes.csv");
  }

  @Test
  void aFileWithARawNhsNumberIsRefusedWholeAndNothingOfItIsStaged() throws IOException {
    write("police/referrals.csv", String.join("\n",
        "referral_id,child_id,created_at,shared_at,concern",
        "R1," + A + ",2024-07-01T10:30,2024-07-01T11:00,neglect",
        "R2,9990000018,2024-07-01T10:30,2024-07-01T11:00,neglect",
        "R3," + B + ",2024-07-01T10:30,2024-07-01T11:00,neglect"));

    IngestJob.Result result = ingest();

    TableQuality quality = result.quality().get(0);
    assertThat(result.anyRefused()).isTrue();
    assertThat(quality.status()).isEqualTo("refused");
    // R1 was read and accepted before R2 stopped the file: both count under the refusal's rule.
    assertThat(quality.read()).isEqualTo(2);
    assertThat(quality.accepted()).isZero();
    assertThat(quality.byRule()).containsEntry("raw_nhs_number", 2L);
    assertThat(quality.notes().get(0)).contains("police/referrals.csv at line 3, column child_id")
        .doesNotContain("9990000018");
    assertThat(result.stagedTables()).doesNotContainKey("stg_police__referrals");
    assertThat(out.resolve("staging/stg_police__referrals.parquet").resolve(quality.sha256())).doesNotExist();
  }

  @Test
  void aColumnNamedLikeADirectIdentifierRefusesTheFile() throws IOException {
    write("health/referrals.csv", "referral_id,child_id,surname,created_at,shared_at,setting,concern\n"
        + "H1," + A + ",Smith,2024-07-01T10:30,,gp,neglect\n");
    TableQuality quality = ingest().quality().get(0);
    assertThat(quality.status()).isEqualTo("refused");
    assertThat(quality.notes().get(0)).contains("identifier_column").contains("'surname'");
  }

  @Test
  void aSemicolonSeparatedFileIsRefusedWithAHint() throws IOException {
    write("police/referrals.csv", "referral_id;child_id;created_at;shared_at;concern\nR1;" + A + ";x;y;z\n");
    TableQuality quality = ingest().quality().get(0);
    assertThat(quality.status()).isEqualTo("refused");
    assertThat(quality.notes().get(0)).contains("missing_column").contains("separated by ';'");
  }

  @Test
  void theSsda903FixturesPublishedByOthersIngestWithEveryRecordAccountedFor() throws IOException {
    Path fixtures = fixtures();
    for (String name : List.of("ssda903_header.csv", "ssda903_episodes.csv", "ssda903_missing.csv")) {
      write("csc/" + name, Files.readString(fixtures.resolve(name)));
    }

    IngestJob.Result result = ingest();

    // Line counts of the fixture files, less their header rows (wc -l: 2676, 5051, 44).
    assertThat(result.quality()).extracting(TableQuality::table, TableQuality::read).containsExactly(
        tuple("stg_903__header", 2675L),
        tuple("stg_903__episodes", 5050L),
        tuple("stg_903__missing", 43L));
    for (TableQuality q : result.quality()) {
      assertThat(q.accepted() + q.quarantined()).isEqualTo(q.read());
      assertThat(q.byRule().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(q.quarantined());
    }
    assertThat(result.quality().get(0).notes()).anyMatch(n -> n.contains("identifier column UPN dropped"));
    long staged = spark.read().option("recursiveFileLookup", "true")
        .parquet(result.stagedTables().get("stg_903__header").toString()).count();
    assertThat(staged).isEqualTo(result.quality().get(0).accepted());
  }

  @Test
  void theCinCensusFixturesPublishedByOthersIngestWithEveryRecordAccountedFor() throws IOException {
    Path fixtures = fixtures();
    write("csc/cin_census_fake.xml", Files.readString(fixtures.resolve("cin_census_fake_332_children.xml")));
    write("csc/cin_census_2024.xml", Files.readString(fixtures.resolve("cin_census_2024_edge_cases.xml")));
    write("csc/cin_census_2026.xml", Files.readString(fixtures.resolve("cin_census_2026_schema.xml")));

    IngestJob.Result result = ingest();

    assertThat(result.anyRefused()).isFalse();
    // Three files, five tables each.
    assertThat(result.quality()).hasSize(15);
    for (TableQuality q : result.quality()) {
      assertThat(q.accepted() + q.quarantined()).as(q.file() + " " + q.table()).isEqualTo(q.read());
      assertThat(q.byRule().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(q.quarantined());
    }
    TableQuality children = result.quality().stream()
        .filter(q -> q.file().equals("csc/cin_census_fake.xml") && q.table().equals("stg_cin__children"))
        .findFirst().orElseThrow();
    TableQuality referrals = result.quality().stream()
        .filter(q -> q.file().equals("csc/cin_census_fake.xml") && q.table().equals("stg_cin__referrals"))
        .findFirst().orElseThrow();
    assertThat(children.read()).isEqualTo(332);
    assertThat(referrals.read()).isEqualTo(402);
    // Each census's ReferenceDate, as its <Header> gives it, for the delivery store's census-year rule.
    assertThat(result.inputs()).extracting(InputFile::file, InputFile::referenceDate).containsExactly(
        tuple("csc/cin_census_2024.xml", "2024-03-31"), tuple("csc/cin_census_2026.xml", "2024-03-31"),
        tuple("csc/cin_census_fake.xml", "2022-07-21"));
    long quarantined = spark.read().parquet(out.resolve("quality/quarantine.parquet").toString()).count();
    assertThat(quarantined).isEqualTo(result.quality().stream().mapToLong(TableQuality::quarantined).sum());
  }

  /** The public DfE fixtures the tests carry (src/test/resources/fixtures/README.md says where they come from). */
  private static Path fixtures() {
    try {
      return Path.of(IngestJobTest.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
