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

class MetricH1InitialHealthAssessmentsTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void exactly20WorkingDaysOverChristmasIsInTime21IsNot() {
    Views.staging(SPARK, "stg_health__initial_health_assessments",
        // Mon 2 Dec 2024 to Thu 2 Jan 2025: 3-6 Dec 4, 9-13 Dec 9, 16-20 Dec 14, 23-24 Dec 16, 27 Dec 17,
        // 30-31 Dec 19, 2 Jan 20 (25, 26 Dec and 1 Jan are holidays): in time.
        row("i1", "2024-12-02", "2024-12-02", "2025-01-02"),
        // Fri 3 Jan 2025: 21, late.
        row("i2", "2024-12-02", "2024-12-02", "2025-01-03"),
        // Not completed: counts against the rate.
        row("i3", "2024-06-03", "2024-06-03", null),
        // Completed before the start: left out of the rate.
        row("i4", "2024-06-03", "2024-06-03", "2024-05-30"),
        // Same day: 0.
        row("i5", "2024-09-02", "2024-09-02", "2024-09-02"),
        // Started in 2023-24.
        row("i6", "2024-03-01", "2024-03-01", "2024-03-05"));

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "H1");

    // Rated: i1, i2, i3, i5 = 4; within 20: i1, i5 = 2: 50.0%.
    assertThat(headline(rows, "H1"))
        .isEqualTo(new MetricRow("H1", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
    assertThat(row(rows, "H1", "volume", "not_completed").numerator()).isEqualTo(1L);
    assertThat(row(rows, "H1", "data_quality", "completed_before_start").numerator()).isEqualTo(1L);
  }

  @Test
  void eachPeriodIsRatedOnItsOwnWhenComputedTogether() {
    Views.staging(SPARK, "stg_health__initial_health_assessments",
        row("i1", "2024-06-03", "2024-06-03", "2024-06-03"), // 0: in time
        row("i2", "2024-09-02", "2024-09-02", null), // not completed
        row("i3", "2024-10-01", "2024-10-01", "2024-09-30"), // completed before the start
        // Mon 5 June 2023 to Mon 3 July 2023: four weeks, no holiday, 20: in time; Tue 4 July: 21, late.
        row("i4", "2023-06-05", "2023-06-05", "2023-07-03"),
        row("i5", "2023-06-05", "2023-06-05", "2023-07-04"),
        // Mon 4 to Fri 8 September 2023: 4; the repeated row's later completion is not the one kept.
        row("i6", "2023-09-04", "2023-09-04", "2023-09-08"),
        row("i6", "2023-09-04", "2023-09-04", "2023-10-30"));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "H1");

    // 2024-25: rated i1, i2; within 20: i1 -> 50.0%.
    assertThat(headline(inPeriod(rows, "2024-25"), "H1"))
        .isEqualTo(new MetricRow("H1", "2024-25", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2024-25"), "H1", "volume", "not_completed").numerator()).isEqualTo(1L);
    assertThat(row(inPeriod(rows, "2024-25"), "H1", "data_quality", "completed_before_start").numerator())
        .isEqualTo(1L);
    // 2023-24: rated i4, i5, i6; within 20: i4, i6 -> 66.7%; none left uncompleted.
    assertThat(headline(inPeriod(rows, "2023-24"), "H1"))
        .isEqualTo(new MetricRow("H1", "2023-24", "all", "all", 2L, 3L, 66.7, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2023-24"), "H1", "volume", "not_completed").numerator()).isZero();
    // 2022-23: no start: the headline 0 / 0 and both volumes 0, as computed alone.
    assertThat(headline(inPeriod(rows, "2022-23"), "H1").status()).isEqualTo(MetricRow.NOT_APPLICABLE);
    assertThat(row(inPeriod(rows, "2022-23"), "H1", "volume", "not_completed").numerator()).isZero();
    assertThat(row(inPeriod(rows, "2022-23"), "H1", "data_quality", "completed_before_start").numerator())
        .isZero();
    assertThat(inPeriod(rows, "2022-23")).hasSize(3);
  }

  @Test
  void theHealthFileNotDeliveredIsNotAvailable() {
    assertThat(headline(MetricRuns.run(SPARK, "2024-25", "H1"), "H1").note())
        .isEqualTo("needs health/initial_health_assessments.csv");
  }
}
