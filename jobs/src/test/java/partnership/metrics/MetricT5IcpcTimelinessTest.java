package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static partnership.metrics.MetricRuns.headline;
import static partnership.metrics.MetricRuns.inPeriod;
import static partnership.metrics.MetricRuns.row;
import static partnership.metrics.Views.row;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import partnership.report.MetricRow;
import partnership.spark.SharedSpark;

class MetricT5IcpcTimelinessTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void exactly15WorkingDaysIsInTime16IsNotAndAnIcpcBeforeItsS47IsLeftOutOfTheRate() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("s1", "2024-03-28", "6", "N1", null, null, false, null, "2025-03-31"),
        row("s2", "2024-06-03", "6", "N1", null, null, false, null, "2025-03-31"),
        row("s3", "2024-07-08", "6", "N1", null, null, false, null, "2025-03-31"),
        row("s4", "2024-12-20", "6", "N1", null, null, false, null, "2025-03-31"),
        row("s5", "2024-09-02", "6", "N1", null, null, false, null, "2025-03-31"));
    Views.staging(SPARK, "stg_cin__section47s",
        // Thu 28 Mar to Mon 22 Apr 2024: Good Friday and Easter Monday out, 2-5 Apr 4, 8-12 Apr 9,
        // 15-19 Apr 14, 22 Apr 15: in time, band 11-15.
        row("s1", "2024-03-28", "2024-03-28", null, "2024-04-22", false, "2025-03-31"),
        // Mon 3 Jun to Tue 25 Jun: 16, late, band 16-20.
        row("s2", "2024-06-03", "2024-06-03", null, "2024-06-25", false, "2025-03-31"),
        // ICPC two days before the S47 start: an ICPC, but left out of the rate.
        row("s3", "2024-07-08", "2024-07-10", null, "2024-07-08", false, "2025-03-31"),
        // Fri 20 Dec 2024 to Fri 10 Jan 2025: 23, 24, 27, 30, 31 Dec, 2, 3, 6-10 Jan = 12, band 11-15.
        row("s4", "2024-12-20", "2024-12-20", null, "2025-01-10", false, "2025-03-31"),
        // Same day: 0, band 0-10.
        row("s5", "2024-09-02", "2024-09-02", null, "2024-09-02", false, "2025-03-31"));

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "T5");

    // Timed: s1, s2, s4, s5 = 4; within 15: s1, s4, s5 = 3: 75.0%.
    assertThat(headline(rows, "T5"))
        .isEqualTo(new MetricRow("T5", "2024-25", "all", "all", 3L, 4L, 75.0, "percent", "ok", null));
    assertThat(rows.stream().filter(r -> r.breakdown().equals("band")).map(r -> r.breakdownValue() + "=" + r.numerator()))
        .containsExactly("0-10=1", "11-15=2", "16-20=1", "21+=0");
    assertThat(row(rows, "T5", "volume", "icpcs").numerator()).isEqualTo(5L);
    assertThat(row(rows, "T5", "data_quality", "icpc_before_s47_or_no_s47").numerator()).isEqualTo(1L);
  }

  @Test
  void eachPeriodTimesTheIcpcsDatedInItAndAnEmptyPeriodHasItsHeadlineBandsAndVolumes() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("a1", "2024-06-03", "6", "N1", null, null, false, null, "2025-03-31"),
        row("a2", "2024-09-02", "6", "N1", null, null, false, null, "2025-03-31"),
        row("a3", "2024-03-28", "6", "N1", null, null, false, null, "2025-03-31"),
        row("b1", "2023-06-05", "6", "N1", null, null, false, null, "2024-03-31"),
        row("b2", "2023-07-10", "6", "N1", null, null, false, null, "2024-03-31"));
    Views.staging(SPARK, "stg_cin__section47s",
        // 2024-25: Mon 3 Jun to Tue 25 Jun 2024, 16, late; same day, 0.
        row("a1", "2024-06-03", "2024-06-03", null, "2024-06-25", false, "2025-03-31"),
        row("a2", "2024-09-02", "2024-09-02", null, "2024-09-02", false, "2025-03-31"),
        // S47 started in 2023-24, ICPC on 22 April 2024: a 2024-25 ICPC, 15 over Easter, in time.
        row("a3", "2024-03-28", "2024-03-28", null, "2024-04-22", false, "2025-03-31"),
        // 2023-24: Mon 5 Jun to Mon 26 Jun 2023, 4 + 5 + 5 + 1 = 15, in time; an ICPC before its S47.
        row("b1", "2023-06-05", "2023-06-05", null, "2023-06-26", false, "2024-03-31"),
        row("b2", "2023-07-10", "2023-07-12", null, "2023-07-10", false, "2024-03-31"));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "T5");

    // 2024-25: a1, a2, a3 timed, a2 and a3 within 15: 2 / 3.
    List<MetricRow> latest = inPeriod(rows, "2024-25");
    assertThat(headline(latest, "T5"))
        .isEqualTo(new MetricRow("T5", "2024-25", "all", "all", 2L, 3L, 66.7, "percent", "ok", null));
    assertThat(counts(latest)).containsExactly("band/0-10=1", "band/11-15=1", "band/16-20=1", "band/21+=0",
        "data_quality/icpc_before_s47_or_no_s47=0", "volume/icpcs=3");
    // 2023-24: b1 timed and in time: 1 / 1; b2 is data quality.
    List<MetricRow> earlier = inPeriod(rows, "2023-24");
    assertThat(headline(earlier, "T5"))
        .isEqualTo(new MetricRow("T5", "2023-24", "all", "all", 1L, 1L, 100.0, "percent", "ok", null));
    assertThat(counts(earlier)).containsExactly("band/0-10=0", "band/11-15=1", "band/16-20=0", "band/21+=0",
        "data_quality/icpc_before_s47_or_no_s47=1", "volume/icpcs=2");
    // 2022-23 has no ICPCs: the headline, every band and the volumes, all 0.
    List<MetricRow> empty = inPeriod(rows, "2022-23");
    assertThat(headline(empty, "T5")).isEqualTo(new MetricRow("T5", "2022-23", "all", "all", 0L, 0L, null,
        "percent", "not_applicable", "no ICPCs in the period, less those dated before their S47"));
    assertThat(counts(empty)).containsExactly("band/0-10=0", "band/11-15=0", "band/16-20=0", "band/21+=0",
        "data_quality/icpc_before_s47_or_no_s47=0", "volume/icpcs=0");
  }

  /** The band, data-quality and volume rows as breakdown/value=numerator, in the runner's order. */
  private static List<String> counts(List<MetricRow> rows) {
    return rows.stream()
        .filter(r -> List.of("band", "data_quality", "volume").contains(r.breakdown()))
        .map(r -> r.breakdown() + "/" + r.breakdownValue() + "=" + r.numerator())
        .toList();
  }
}
