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

class MetricQ2LinkageTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void partnerChildrenFoundInChildrensServicesData() {
    // c1 is in the CIN census (an earlier year), c3 only in the contacts; c2, c4 and c5 are unknown.
    Views.staging(SPARK, "stg_cin__children", row("c1", "2015-06-20", "F", "WBRI", "2023-03-31"));
    Views.staging(SPARK, "stg_csc__contacts",
        row("k1", "c3", "2024-06-08T09:00", "3A", "2024-06-08T10:00", "referral"));
    Views.staging(SPARK, "stg_police__missing_episodes",
        row("o1", "c1", "2024-05-01T22:00", null, "2024-05-02T08:00", "medium", false, null),
        row("o2", "c2", "2024-05-01T22:00", null, "2024-05-02T08:00", "low", false, null));
    Views.staging(SPARK, "stg_police__referrals",
        row("p1", "c1", "2024-06-01T10:00", "2024-06-01T12:00", "neglect", null));
    Views.staging(SPARK, "stg_health__referrals",
        row("h1", "c3", "2024-06-01T10:00", "2024-06-01T12:00", "gp", "neglect", null),
        row("h2", "c4", "2024-06-01T10:00", "2024-06-01T12:00", "gp", "other", null),
        // Created in 2023-24: not in this period's linkage.
        row("h3", "c5", "2024-03-01T10:00", "2024-03-01T12:00", "gp", "other", null));

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "Q2");

    // Distinct children c1, c2, c3, c4; found c1, c3: 50.0%.
    assertThat(headline(rows, "Q2"))
        .isEqualTo(new MetricRow("Q2", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
    assertThat(row(rows, "Q2", "partner_file", "police/missing_episodes.csv").value()).isEqualTo(50.0);
    assertThat(row(rows, "Q2", "partner_file", "police/referrals.csv").value()).isEqualTo(100.0);
    assertThat(row(rows, "Q2", "partner_file", "health/referrals.csv").value()).isEqualTo(50.0);
  }

  @Test
  void eachPeriodLinksItsOwnPartnerChildrenWhenComputedTogether() {
    // c1 is in the CIN census, c3 only in the contacts; c2 and c4 are unknown.
    Views.staging(SPARK, "stg_cin__children", row("c1", "2015-06-20", "F", "WBRI", "2023-03-31"));
    Views.staging(SPARK, "stg_csc__contacts",
        row("k1", "c3", "2024-06-08T09:00", "3A", "2024-06-08T10:00", "referral"));
    Views.staging(SPARK, "stg_police__missing_episodes",
        row("o1", "c1", "2024-05-01T22:00", null, "2024-05-02T08:00", "medium", false, null),
        row("o2", "c2", "2024-05-01T22:00", null, "2024-05-02T08:00", "low", false, null),
        row("o3", "c4", "2023-08-01T22:00", null, "2023-08-02T08:00", "low", false, null));
    Views.staging(SPARK, "stg_police__referrals",
        row("p1", "c1", "2023-06-01T10:00", "2023-06-01T12:00", "neglect", null));
    Views.staging(SPARK, "stg_health__referrals",
        row("h1", "c3", "2024-06-01T10:00", "2024-06-01T12:00", "gp", "neglect", null),
        row("h2", "c4", "2023-07-01T10:00", "2023-07-01T12:00", "gp", "other", null));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "Q2");

    // 2024-25: c1, c2, c3; found c1, c3 -> 66.7%. No police referral in it: no row for that file.
    assertThat(headline(inPeriod(rows, "2024-25"), "Q2"))
        .isEqualTo(new MetricRow("Q2", "2024-25", "all", "all", 2L, 3L, 66.7, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2024-25"), "Q2", "partner_file", "police/missing_episodes.csv").value())
        .isEqualTo(50.0);
    assertThat(inPeriod(rows, "2024-25")).extracting(MetricRow::breakdownValue)
        .containsExactlyInAnyOrder("all", "police/missing_episodes.csv", "health/referrals.csv");
    // 2023-24: c1 (police referral), c4 (health referral and missing episode); found c1 -> 50.0%.
    assertThat(headline(inPeriod(rows, "2023-24"), "Q2"))
        .isEqualTo(new MetricRow("Q2", "2023-24", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2023-24"), "Q2", "partner_file", "police/referrals.csv").value())
        .isEqualTo(100.0);
    assertThat(row(inPeriod(rows, "2023-24"), "Q2", "partner_file", "health/referrals.csv").value())
        .isEqualTo(0.0);
    // 2022-23: no partner child: the headline alone, 0 / 0.
    assertThat(inPeriod(rows, "2022-23")).singleElement().satisfies(empty -> {
      assertThat(empty.isHeadline()).isTrue();
      assertThat(empty.status()).isEqualTo(MetricRow.NOT_APPLICABLE);
    });
  }
}
