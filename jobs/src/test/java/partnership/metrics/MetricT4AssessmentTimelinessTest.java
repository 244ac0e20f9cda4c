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

class MetricT4AssessmentTimelinessTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  /**
   * Six assessments authorised in 2024-25 and one authorised before it. Working days (start exclusive):
   * a1 Thu 28 Mar 2024 to Tue 2 Apr: 1 (Good Friday, Easter Monday); a2 Mon 3 Jun to Mon 5 Aug: 45 (nine
   * whole weeks, no holiday); a3 3 Jun to Tue 6 Aug: 46; a4 Fri 20 Dec to Fri 27 Dec: 3 (Christmas, Boxing
   * Day); a5 same day: 0; a6 authorised before its start: left out of the rate; a7 authorised in 2023-24.
   */
  private static void sixAssessments() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("a1", "2024-03-28", "6", "N1", null, null, false, null, "2025-03-31"),
        row("a2", "2024-05-31", "6", "N1", null, null, false, null, "2025-03-31"),
        row("a3", "2024-06-03", "6", "N1", null, null, false, null, "2025-03-31"),
        row("a4", "2024-12-20", "6", "N1", null, null, false, null, "2025-03-31"),
        row("a5", "2024-05-01", "6", "N1", null, null, false, null, "2025-03-31"),
        row("a6", "2024-06-28", "6", "N1", null, null, false, null, "2025-03-31"),
        row("a7", "2024-03-01", "6", "N1", null, null, false, null, "2024-03-31"));
    Views.staging(SPARK, "stg_cin__assessments",
        row("a1", "2024-03-28", "2024-03-28", "2024-04-02", null, "2025-03-31"),
        row("a2", "2024-05-31", "2024-06-03", "2024-08-05", null, "2025-03-31"),
        row("a3", "2024-06-03", "2024-06-03", "2024-08-06", null, "2025-03-31"),
        row("a4", "2024-12-20", "2024-12-20", "2024-12-27", null, "2025-03-31"),
        row("a5", "2024-05-01", "2024-05-01", "2024-05-01", null, "2025-03-31"),
        row("a6", "2024-06-28", "2024-07-10", "2024-07-01", null, "2025-03-31"),
        row("a7", "2024-03-01", "2024-03-01", "2024-03-20", null, "2024-03-31"));
  }

  @Test
  void exactly45WorkingDaysIsInTime46IsNotAndNegativeDurationsAreLeftOutOfTheRate() {
    sixAssessments();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "T4");

    // a1, a2, a4, a5 of the five timed (a6 left out): 4 / 5 = 80.0%.
    assertThat(headline(rows, "T4")).isEqualTo(
        new MetricRow("T4", "2024-25", "all", "all", 4L, 5L, 80.0, "percent", "ok", null));
    assertThat(row(rows, "T4", "volume", "assessments_authorised").numerator()).isEqualTo(6L);
    assertThat(row(rows, "T4", "data_quality", "authorised_before_start_or_no_start").numerator()).isEqualTo(1L);
  }

  @Test
  void bandsMedianAndQuartiles() {
    sixAssessments();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "T4");

    // Timed working days 0, 1, 3, 45, 46.
    assertThat(rows.stream().filter(r -> r.breakdown().equals("band")).map(r -> r.breakdownValue() + "=" + r.numerator()))
        .containsExactly("same day=1", "1-10=2", "11-20=0", "21-30=0", "31-40=0", "41-45=1", "46-50=1",
            "51-60=0", "61+=0");
    // Median the middle of five: 3. Quartiles by linear interpolation at positions 1 and 3 of 0..4: 1 and 45.
    assertThat(headline(rows, "T4_median").value()).isEqualTo(3.0);
    assertThat(headline(rows, "T4_lower_quartile").value()).isEqualTo(1.0);
    assertThat(headline(rows, "T4_upper_quartile").value()).isEqualTo(45.0);
  }

  @Test
  void t4rStartsTheClockAtTheReferral() {
    sixAssessments();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "T4");

    // From the referral: a1 1, a2 46 (Fri 31 May to 3 Jun is 1), a3 46, a4 3, a5 0, a6 Fri 28 Jun to Mon 1 Jul 1.
    // Within 45: a1, a4, a5, a6 = 4 of 6 = 66.7%.
    assertThat(headline(rows, "T4r")).isEqualTo(
        new MetricRow("T4r", "2024-25", "all", "all", 4L, 6L, 66.7, "percent", "ok", null));
  }

  @Test
  void noAssessmentsAuthorisedInThePeriodIsNotApplicable() {
    sixAssessments();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2025-26", "T4");

    assertThat(headline(rows, "T4")).isEqualTo(new MetricRow("T4", "2025-26", "all", "all", 0L, 0L, null,
        "percent", "not_applicable", "no assessments authorised in the period (negative durations left out)"));
    assertThat(headline(rows, "T4_median").status()).isEqualTo("not_applicable");
  }
}
