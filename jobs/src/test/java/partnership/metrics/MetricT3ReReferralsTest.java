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

class MetricT3ReReferralsTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void aReferralExactlyTwelveMonthsAfterTheLastIsARereferralAndADayMoreIsNot() {
    Views.staging(SPARK, "stg_cin__referrals",
        // Earlier referrals from the 2023-24 census file: history from every delivered year.
        row("c1", "2024-01-15", "6", "N1", "2024-02-01", null, false, null, "2024-03-31"),
        row("c2", "2024-01-14", "6", "N1", "2024-02-01", null, false, null, "2024-03-31"),
        // c1: 15 Jan 2025 minus 12 months is 15 Jan 2024, on the earlier referral: a re-referral.
        row("c1", "2025-01-15", "6", "N1", null, null, false, null, "2025-03-31"),
        // c2: the earlier referral is 12 months and 1 day before: not a re-referral.
        row("c2", "2025-01-15", "6", "N1", null, null, false, null, "2025-03-31"),
        // c3: the second referral in the year is a re-referral, the first is not.
        row("c3", "2024-05-01", "6", "N1", "2024-05-20", null, false, null, "2025-03-31"),
        row("c3", "2024-06-01", "6", "N1", null, null, false, null, "2025-03-31"),
        row("c4", "2024-07-01", "3A", "N1", null, null, false, null, "2025-03-31"));

    // Referrals in 2024-25: c1, c2, c3 x2, c4 = 5; re-referrals c1 and c3's second = 2: 40.0%.
    assertThat(headline(MetricRuns.run(SPARK, "2024-25", "T3"), "T3"))
        .isEqualTo(new MetricRow("T3", "2024-25", "all", "all", 2L, 5L, 40.0, "percent", "ok", null));
  }

  @Test
  void eachPeriodFlagsItsOwnReferralsLookingBackAcrossThePeriodStart() {
    Views.staging(SPARK, "stg_cin__referrals",
        // 2023-24: c1's January referral is within 12 months of its June one; c2's August one is a first.
        row("c1", "2023-06-01", "6", "N1", "2023-07-01", null, false, null, "2024-03-31"),
        row("c1", "2024-01-10", "6", "N1", "2024-02-01", null, false, null, "2024-03-31"),
        row("c2", "2023-08-01", "6", "N1", "2023-09-01", null, false, null, "2024-03-31"),
        // 2024-25: c1's September referral looks back into 2023-24 (10 January, within 12 months); c2's
        // October one is 14 months after its last; c3's second is a re-referral, its first is not.
        row("c1", "2024-09-01", "6", "N1", null, null, false, null, "2025-03-31"),
        row("c2", "2024-10-01", "6", "N1", null, null, false, null, "2025-03-31"),
        row("c3", "2024-05-01", "3A", "N1", "2024-05-20", null, false, null, "2025-03-31"),
        row("c3", "2024-06-01", "3A", "N1", null, null, false, null, "2025-03-31"));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "T3");

    // 2024-25: 4 referrals, re-referrals c1 and c3's second: 2 / 4; health (c3) 1 of 2.
    List<MetricRow> latest = inPeriod(rows, "2024-25");
    assertThat(headline(latest, "T3"))
        .isEqualTo(new MetricRow("T3", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
    assertThat(row(latest, "T3", "source_partner", "health"))
        .isEqualTo(new MetricRow("T3", "2024-25", "source_partner", "health", 1L, 2L, 50.0, "percent", "ok", null));
    // 2023-24: 3 referrals, c1's January one re-referred: 1 / 3; all from the police.
    List<MetricRow> earlier = inPeriod(rows, "2023-24");
    assertThat(headline(earlier, "T3"))
        .isEqualTo(new MetricRow("T3", "2023-24", "all", "all", 1L, 3L, 33.3, "percent", "ok", null));
    assertThat(earlier).noneMatch(r -> r.breakdownValue().equals("health"));
    assertThat(row(earlier, "T3", "source_partner", "police").value()).isEqualTo(33.3);
    // 2022-23 has no referrals: its headline alone, not applicable.
    assertThat(inPeriod(rows, "2022-23")).containsExactly(new MetricRow("T3", "2022-23", "all", "all", 0L, 0L,
        null, "percent", "not_applicable", "no referrals in the period"));
  }

  @Test
  void noReferralsInThePeriodIsNotApplicable() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-01-15", "6", "N1", "2024-02-01", null, false, null, "2024-03-31"));

    MetricRow t3 = headline(MetricRuns.run(SPARK, "2024-25", "T3"), "T3");

    assertThat(t3.status()).isEqualTo("not_applicable");
    assertThat(t3.value()).isNull();
    assertThat(t3.denominator()).isZero();
  }
}
