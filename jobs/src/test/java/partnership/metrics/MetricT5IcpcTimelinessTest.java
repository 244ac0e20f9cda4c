package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static partnership.metrics.MetricRuns.headline;
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
}
