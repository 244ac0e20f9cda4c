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
  void healthReferralsNotDeliveredMakeTheMetricNotAvailable() {
    Views.staging(SPARK, "stg_police__referrals",
        row("p1", "c1", "2024-12-24T15:00", "2024-12-27T09:00", "neglect", null));

    assertThat(headline(MetricRuns.run(SPARK, "2024-25", "T6"), "T6")).isEqualTo(new MetricRow("T6", "2024-25",
        "all", "all", null, null, null, "percent", "not_available", "needs health/referrals.csv"));
  }
}
