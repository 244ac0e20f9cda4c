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

class MetricT2ReferralsTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void referralsPerTenThousandChildrenAndShareBySourcePartner() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-04-01", "6", "N1", null, null, false, null, "2025-03-31"),
        row("c2", "2024-09-30", "6", "N4", null, null, false, null, "2025-03-31"),
        row("c3", "2025-03-31", "3B", "N1", null, null, false, null, "2025-03-31"),
        row("c4", "2024-03-31", "6", "N1", null, null, false, null, "2024-03-31"));
    Views.staging(SPARK, "stg_cin__children", row("c1", "2016-02-10", "F", "WBRI", "2025-03-31"));

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "T2");

    // 3 referrals; shipped Solihull mid-2024 children 12,148 + 13,030 + 16,539 + 5,173 = 46,890;
    // 3 / 46,890 x 10,000 = 0.64 -> 0.6.
    assertThat(headline(rows, "T2"))
        .isEqualTo(new MetricRow("T2", "2024-25", "all", "all", 3L, 46_890L, 0.6, "rate_per_10000", "ok", null));
    assertThat(row(rows, "T2", "source_partner", "police"))
        .isEqualTo(new MetricRow("T2", "2024-25", "source_partner", "police", 2L, 3L, 66.7, "percent", "ok", null));
    assertThat(row(rows, "T2", "source_partner", "health").value()).isEqualTo(33.3);
    // c1 was born February 2016: 8 at referral on 1 April 2024.
    assertThat(row(rows, "T2", "age_band", "5-9").numerator()).isEqualTo(1L);
    assertThat(row(rows, "T2", "age_band", "unknown").numerator()).isEqualTo(2L);
    assertThat(row(rows, "T2", "sex", "F").numerator()).isEqualTo(1L);
    assertThat(row(rows, "T2", "ethnic_group", "white").value()).isEqualTo(33.3);
    assertThat(row(rows, "T2", "ethnic_group", "unknown").numerator()).isEqualTo(2L);
  }

  @Test
  void eachPeriodCountsItsOwnReferralsOverItsOwnPopulation() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-04-01", "6", "N1", null, null, false, null, "2025-03-31"),
        row("c2", "2024-09-30", "3B", "N1", null, null, false, null, "2025-03-31"),
        row("c3", "2023-05-01", "6", "N1", null, null, false, null, "2024-03-31"),
        row("c1", "2024-03-31", "6", "N1", null, null, false, null, "2024-03-31"),
        row("c4", "2023-12-01", "2A", "N1", null, null, false, null, "2024-03-31"));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "T2");

    // 2024-25: 2 / 46,890 (mid-2024) x 10,000 = 0.43 -> 0.4; police 1 of 2.
    List<MetricRow> latest = inPeriod(rows, "2024-25");
    assertThat(headline(latest, "T2"))
        .isEqualTo(new MetricRow("T2", "2024-25", "all", "all", 2L, 46_890L, 0.4, "rate_per_10000", "ok", null));
    assertThat(row(latest, "T2", "source_partner", "police").value()).isEqualTo(50.0);
    // 2023-24: 3 / 46,800 (mid-2023) x 10,000 = 0.64 -> 0.6; police 2 of 3, education 1 of 3, no health.
    List<MetricRow> earlier = inPeriod(rows, "2023-24");
    assertThat(headline(earlier, "T2"))
        .isEqualTo(new MetricRow("T2", "2023-24", "all", "all", 3L, 46_800L, 0.6, "rate_per_10000", "ok", null));
    assertThat(row(earlier, "T2", "source_partner", "police"))
        .isEqualTo(new MetricRow("T2", "2023-24", "source_partner", "police", 2L, 3L, 66.7, "percent", "ok", null));
    assertThat(row(earlier, "T2", "source_partner", "education").value()).isEqualTo(33.3);
    assertThat(earlier).noneMatch(r -> r.breakdownValue().equals("health"));
    // 2022-23 has no referrals: the headline alone, 0 of mid-2022's 12,152 + 13,010 + 16,421 + 5,127 = 46,710.
    assertThat(inPeriod(rows, "2022-23")).containsExactly(
        new MetricRow("T2", "2022-23", "all", "all", 0L, 46_710L, 0.0, "rate_per_10000", "ok", null));
  }

  @Test
  void anEpisodeInTwoCensusFilesIsOneReferral() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-03-10", "6", "N1", null, null, false, null, "2024-03-31"),
        row("c1", "2024-03-10", "6", "N1", "2024-05-01", null, false, null, "2025-03-31"));

    // 1 / 46,800 (mid-2023) x 10,000 = 0.21 -> 0.2.
    assertThat(headline(MetricRuns.run(SPARK, "2023-24", "T2"), "T2"))
        .isEqualTo(new MetricRow("T2", "2023-24", "all", "all", 1L, 46_800L, 0.2, "rate_per_10000", "ok", null));
  }
}
