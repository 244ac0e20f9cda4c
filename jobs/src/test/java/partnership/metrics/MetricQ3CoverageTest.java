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

  @Test
  void eachPeriodCoversItsOwnMonthsOfTheSameFiles() {
    Views.staging(SPARK, "stg_csc__contacts",
        row("k1", "c1", "2023-05-01T09:00", "3A", null, null),
        row("k2", "c2", "2024-04-10T09:00", "3A", null, null),
        row("k3", "c3", "2024-06-15T09:00", "3A", null, null));
    Views.staging(SPARK, "stg_police__referrals",
        row("p1", "c1", "2023-05-20T10:00", null, "neglect", null),
        row("p2", "c2", "2024-01-01T10:00", null, "neglect", null));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "Q3");

    // 2024-25: contacts in April and June, police referrals in no month: 2 of 24 file-months.
    List<MetricRow> latest = inPeriod(rows, "2024-25");
    assertThat(headline(latest, "Q3"))
        .isEqualTo(new MetricRow("Q3", "2024-25", "all", "all", 2L, 24L, 8.3, "percent", "ok", null));
    assertThat(row(latest, "Q3", "file", "police/referrals.csv").value()).isEqualTo(0.0);
    assertThat(emptyMonths(latest, "csc/contacts.csv")).hasSize(10).doesNotContain("2024-04", "2024-06");
    // 2023-24: contacts in May 2023, police referrals in May 2023 and January 2024: 3 of 24.
    List<MetricRow> earlier = inPeriod(rows, "2023-24");
    assertThat(headline(earlier, "Q3"))
        .isEqualTo(new MetricRow("Q3", "2023-24", "all", "all", 3L, 24L, 12.5, "percent", "ok", null));
    assertThat(row(earlier, "Q3", "file", "police/referrals.csv").value()).isEqualTo(16.7);
    assertThat(emptyMonths(earlier, "police/referrals.csv")).hasSize(10).doesNotContain("2023-05", "2024-01");
    // 2022-23 is before every record: 0 of 24, every month empty; the files' dates are the same in every period.
    List<MetricRow> empty = inPeriod(rows, "2022-23");
    assertThat(headline(empty, "Q3"))
        .isEqualTo(new MetricRow("Q3", "2022-23", "all", "all", 0L, 24L, 0.0, "percent", "ok", null));
    assertThat(emptyMonths(empty, "csc/contacts.csv")).hasSize(12).startsWith("2022-04").endsWith("2023-03");
    assertThat(emptyMonths(empty, "police/referrals.csv")).hasSize(12);
    for (List<MetricRow> period : List.of(latest, earlier, empty)) {
      assertThat(row(period, "Q3_earliest", "csc/contacts.csv", "2023-05-01").numerator()).isEqualTo(3L);
      assertThat(row(period, "Q3_latest", "police/referrals.csv", "2024-01-01").numerator()).isEqualTo(2L);
    }
  }

  private static List<String> emptyMonths(List<MetricRow> rows, String file) {
    return rows.stream()
        .filter(r -> r.metricId().equals("Q3_empty_month") && r.breakdown().equals(file))
        .map(MetricRow::breakdownValue)
        .toList();
  }
}
