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

class MetricQ3CoverageTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void earliestAndLatestDatesAndMonthsWithoutRecords() {
    Views.staging(SPARK, "stg_csc__contacts",
        row("k1", "c1", "2023-05-01T09:00", "3A", null, null),
        row("k2", "c2", "2024-04-10T09:00", "3A", null, null),
        row("k3", "c3", "2024-06-15T09:00", "3A", null, null),
        row("k4", "c4", "2025-03-31T09:00", "3A", null, null));
    Views.staging(SPARK, "stg_police__referrals",
        row("p1", "c1", "2023-01-01T10:00", null, "neglect", null));

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "Q3");

    // Contacts have records in April, June and March: 3 of 12 months; police referrals none of 12.
    assertThat(headline(rows, "Q3"))
        .isEqualTo(new MetricRow("Q3", "2024-25", "all", "all", 3L, 24L, 12.5, "percent", "ok", null));
    assertThat(row(rows, "Q3", "file", "csc/contacts.csv").value()).isEqualTo(25.0);
    assertThat(row(rows, "Q3_earliest", "csc/contacts.csv", "2023-05-01").numerator()).isEqualTo(4L);
    assertThat(row(rows, "Q3_latest", "csc/contacts.csv", "2025-03-31").numerator()).isEqualTo(4L);
    assertThat(rows.stream().filter(r -> r.metricId().equals("Q3_empty_month")
            && r.breakdown().equals("csc/contacts.csv")).map(MetricRow::breakdownValue))
        .containsExactly("2024-05", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12", "2025-01",
            "2025-02");
  }
}
