package partnership.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.ingest.InputFileException;
import partnership.spark.SharedSpark;

/** A hand-built partnership through every stage of {@code run}, checked against figures worked out by hand. */
class RunPipelineTest {

  private static final String A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
  private static final String C = "cccccccccccccccccccccccccccccccccccccccccccccccccccc";
  private static final String D = "dddddddddddddddddddddddddddddddddddddddddddddddddddd";

  @TempDir static Path input;
  @TempDir static Path output;

  private static void write(String file, String text) throws IOException {
    Path path = input.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private static String child(String id, String... referralDates) {
    StringBuilder xml = new StringBuilder("<Child><ChildIdentifiers><LAchildID>" + id + "</LAchildID>"
        + "<PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>"
        + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>");
    for (String date : referralDates) {
      xml.append("<CINdetails><CINreferralDate>").append(date).append("</CINreferralDate>")
          .append("<ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>")
          .append("<ReferralNFA>0</ReferralNFA></CINdetails>");
    }
    return xml.append("</Child>").toString();
  }

  private static void partnership() throws IOException {
    SharedSpark.get();
    write("partnership.json", "{\"name\": \"Test Partnership\", \"area_code\": \"E08000029\"}");
    // 1,000 + 1,000 + 1,500 + 500 = 4,000 children aged 0-17 in mid-2024.
    write("reference/population.csv", "area_code,year,age_band,population\n"
        + "E08000029,2024,0-4,1000\nE08000029,2024,5-9,1000\nE08000029,2024,10-15,1500\nE08000029,2024,16-17,500\n");
    // Referrals in 2024-25: A on 2024-05-01 and 2024-11-20, B on the last day, C on the first day = 4.
    // D's referral on 2024-03-31 belongs to 2023-24.
    write("csc/cin_census_2025.xml", "<Message><Header><CollectionDetails><Collection>CIN</Collection>"
        + "<Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header><Children>"
        + child(A, "2024-05-01", "2024-11-20") + child(B, "2025-03-31") + child(C, "2024-04-01")
        + child(D, "2024-03-31") + "</Children></Message>");
    // Police missing episodes reported in 2024-25 (London time): A twice, B once = 3 episodes, 2 children.
    // 2024-03-31T23:30 is before the year; 2025-04-01T00:10 after it.
    write("police/missing_episodes.csv", String.join("\n",
        "occurrence_id,child_id,reported_at,last_seen_at,returned_at,risk_grade,from_care",
        "P1," + A + ",2024-06-01T10:00,2024-06-01T08:00,2024-06-02T08:00,low,N",
        "P2," + A + ",2024-09-01T10:00,,,high,N",
        "P3," + B + ",2025-03-31T23:59,,,medium,N",
        "P4," + C + ",2024-03-31T23:30,,,low,N",
        "P5," + D + ",2025-04-01T00:10,,,low,N",
        ""));
  }

  /** One run shared by the tests that only read its output; each test that runs again leaves it as it was. */
  @BeforeAll
  static void firstRun() throws IOException {
    partnership();
    run();
  }

  private static RunSummary run() throws IOException {
    return new RunPipeline(new RunOptions("2024-25", input, output, "local[2]", 5, 7, true)).run();
  }

  private static List<String> csvLines() throws IOException {
    return Files.readAllLines(output.resolve("2024-25/metrics.csv"));
  }

  @Test
  void theT2AndM1HeadlineRowsAreExactlyTheHandWorkedFigures() throws IOException {
    // T2: 4 referrals / 4,000 children x 10,000 = 10.0 per 10,000.
    assertThat(csvLines()).contains("T2,2024-25,all,all,4,4000,10,rate_per_10000,ok,");
    // M1: 3 episodes / 2 children = 1.50 episodes per child.
    assertThat(csvLines()).contains("M1,2024-25,all,all,3,2,1.5,ratio,ok,");
    assertThat(output.resolve("2024-25/metrics.parquet")).isDirectory();
    assertThat(output.resolve("2024-25/quality/report.json")).isRegularFile();
    assertThat(output.resolve("2024-25/manifest.json")).isRegularFile();
    assertThat(output.resolve("2024-25/inspector/metrics.json")).isRegularFile();
    assertThat(output.resolve("2024-25/publication/report.html")).isRegularFile();
    assertThat(output.toFile().list()).containsExactlyInAnyOrder("2024-25", "store");
    // The run's scratch folders (the store's current view, the materialised views) are not published.
    assertThat(output.resolve("2024-25").toFile().list()).noneMatch(name -> name.startsWith("."));
  }

  @Test
  void aMetricWhoseFileWasNotDeliveredIsNotAvailableNeverZero() throws IOException {
    assertThat(csvLines())
        .anyMatch(l -> l.startsWith("T1,2024-25,all,all,,,,percent,not_available,needs csc/contacts.csv"));
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    byte[] first = Files.readAllBytes(output.resolve("2024-25/metrics.csv"));
    byte[] publication = Files.readAllBytes(output.resolve("2024-25/publication/metrics.csv"));
    run();
    assertThat(Files.readAllBytes(output.resolve("2024-25/metrics.csv"))).isEqualTo(first);
    assertThat(Files.readAllBytes(output.resolve("2024-25/publication/metrics.csv"))).isEqualTo(publication);
  }

  @Test
  void aFileWithARawNhsNumberStopsTheRunAndLeavesTheLastGoodOutput() throws IOException {
    byte[] good = Files.readAllBytes(output.resolve("2024-25/metrics.csv"));
    Path bad = input.resolve("police/referrals.csv");
    Files.writeString(bad, "referral_id,child_id,created_at,shared_at,concern\nR1,999 000 0018,2024-07-01T10:30,,neglect\n");
    try {
      assertThatThrownBy(RunPipelineTest::run)
          .isInstanceOf(InputFileException.class)
          .hasMessageContaining("police/referrals.csv")
          .hasMessageContaining("raw_nhs_number")
          .hasMessageNotContaining("0018");
    } finally {
      Files.delete(bad);
    }
    assertThat(Files.readAllBytes(output.resolve("2024-25/metrics.csv"))).isEqualTo(good);
    assertThat(output.toFile().list()).containsExactlyInAnyOrder("2024-25", "store");
  }
}
