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

class MetricT6PartnerReferralSharingTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void sharedWithinOneWorkingDayByPartner() {
    Views.staging(SPARK, "stg_police__referrals",
        // Tue 24 Dec to Fri 27 Dec 2024 over Christmas: 1.
        row("p1", "c1", "2024-12-24T15:00", "2024-12-27T09:00", "neglect", null),
        // Friday to Tuesday: 2, late.
        row("p2", "c2", "2024-06-07T10:00", "2024-06-11T09:00", "missing", null));
    Views.staging(SPARK, "stg_health__referrals",
        // Fri 3 May to Tue 7 May 2024 over the early May bank holiday: 1.
        row("h1", "c3", "2024-05-03T10:00", "2024-05-07T09:00", "gp", "neglect", null),
        // Not shared: counted as a volume, not in the rate.
        row("h2", "c4", "2024-07-01T10:00", null, "gp", "other", null),
        // Shared before created: left out of the rate.
        row("h3", "c5", "2024-07-05T10:00", "2024-07-04T10:00", "gp", "other", null));

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "T6");

    // Shared and timed: p1, p2, h1 = 3; within 1 working day p1, h1 = 2: 66.7%.
    assertThat(headline(rows, "T6"))
        .isEqualTo(new MetricRow("T6", "2024-25", "all", "all", 2L, 3L, 66.7, "percent", "ok", null));
    assertThat(row(rows, "T6", "partner", "police").value()).isEqualTo(50.0);
    assertThat(row(rows, "T6", "partner", "health").value()).isEqualTo(100.0);
    assertThat(row(rows, "T6", "concern", "neglect").value()).isEqualTo(100.0);
    assertThat(row(rows, "T6", "volume", "not_shared").numerator()).isEqualTo(1L);
    assertThat(row(rows, "T6", "data_quality", "shared_before_created").numerator()).isEqualTo(1L);
  }

  @Test
  void eachPeriodTimesTheReferralsCreatedInItAndAnEmptyPeriodHasItsHeadlineAndVolumes() {
    Views.staging(SPARK, "stg_police__referrals",
        // 2024-25: Friday to Monday, 1; Monday to Wednesday, 2, late.
        row("p1", "c1", "2024-06-07T10:00", "2024-06-10T09:00", "neglect", null),
        row("p2", "c2", "2024-09-02T10:00", "2024-09-04T09:00", "missing", null),
        // 2023-24: shared the same day, 0.
        row("p3", "c3", "2023-06-05T10:00", "2023-06-05T15:00", "neglect", null));
    Views.staging(SPARK, "stg_health__referrals",
        // 2024-25: not shared.
        row("h1", "c4", "2024-07-01T10:00", null, "gp", "other", null),
        // 2023-24: shared before created.
        row("h2", "c5", "2023-07-05T10:00", "2023-07-04T10:00", "gp", "other", null));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "T6");

    // 2024-25: p1 and p2 timed, p1 within 1 working day: 1 / 2.
    List<MetricRow> latest = inPeriod(rows, "2024-25");
    assertThat(headline(latest, "T6"))
        .isEqualTo(new MetricRow("T6", "2024-25", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(row(latest, "T6", "partner", "police").value()).isEqualTo(50.0);
    assertThat(row(latest, "T6", "volume", "created").numerator()).isEqualTo(3L);
    assertThat(row(latest, "T6", "volume", "not_shared").numerator()).isEqualTo(1L);
    assertThat(row(latest, "T6", "data_quality", "shared_before_created").numerator()).isEqualTo(0L);
    // 2023-24: p3 alone timed, in time: 1 / 1; h2 is data quality, so no health row.
    List<MetricRow> earlier = inPeriod(rows, "2023-24");
    assertThat(headline(earlier, "T6"))
        .isEqualTo(new MetricRow("T6", "2023-24", "all", "all", 1L, 1L, 100.0, "percent", "ok", null));
    assertThat(earlier).noneMatch(r -> r.breakdownValue().equals("health"));
    assertThat(row(earlier, "T6", "volume", "created").numerator()).isEqualTo(2L);
    assertThat(row(earlier, "T6", "volume", "not_shared").numerator()).isEqualTo(0L);
    assertThat(row(earlier, "T6", "data_quality", "shared_before_created").numerator()).isEqualTo(1L);
    // 2022-23 has no referrals: the headline and volumes only, all 0.
    assertThat(inPeriod(rows, "2022-23")).containsExactly(
        new MetricRow("T6", "2022-23", "all", "all", 0L, 0L, null, "percent", "not_applicable",
            "no police and health referrals created in the period with a shared time"),
        new MetricRow("T6", "2022-23", "data_quality", "shared_before_created", 0L, null, 0.0, "count", "ok",
            null),
        new MetricRow("T6", "2022-23", "volume", "created", 0L, null, 0.0, "count", "ok", null),
        new MetricRow("T6", "2022-23", "volume", "not_shared", 0L, null, 0.0, "count", "ok", null));
  }

  @Test
  void healthReferralsNotDeliveredMakeTheMetricNotAvailable() {
    Views.staging(SPARK, "stg_police__referrals",
        row("p1", "c1", "2024-12-24T15:00", "2024-12-27T09:00", "neglect", null));

    assertThat(headline(MetricRuns.run(SPARK, "2024-25", "T6"), "T6")).isEqualTo(new MetricRow("T6", "2024-25",
        "all", "all", null, null, null, "percent", "not_available", "needs health/referrals.csv"));
  }
}
