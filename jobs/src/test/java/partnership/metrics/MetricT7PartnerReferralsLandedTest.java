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
import partnership.reference.ReferenceData;
import partnership.report.MetricCatalogue;
import partnership.report.MetricRow;
import partnership.spark.SharedSpark;

class MetricT7PartnerReferralsLandedTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  /**
   * Four partner referrals created 1 and 10 June 2024: p1's child has a contact 7 days later (lands), p2's
   * 8 days later (does not, in a 7-day window), h1's child a CIN referral the same day (lands), h2's child a
   * contact the day before (does not: it is not after the referral).
   */
  private static void fourReferrals() {
    Views.staging(SPARK, "stg_police__referrals",
        row("p1", "c1", "2024-06-01T10:00", "2024-06-01T12:00", "neglect", null),
        row("p2", "c2", "2024-06-01T10:00", "2024-06-01T12:00", "missing", null));
    Views.staging(SPARK, "stg_health__referrals",
        row("h1", "c3", "2024-06-01T10:00", "2024-06-01T12:00", "gp", "neglect", null),
        row("h2", "c4", "2024-06-10T10:00", "2024-06-10T12:00", "gp", "other", null));
    Views.staging(SPARK, "stg_csc__contacts",
        row("k1", "c1", "2024-06-08T09:00", "6", "2024-06-08T10:00", "referral"),
        row("k2", "c2", "2024-06-09T09:00", "6", "2024-06-09T10:00", "referral"),
        row("k4", "c4", "2024-06-09T09:00", "3A", "2024-06-09T10:00", "referral"));
    Views.staging(SPARK, "stg_cin__referrals",
        row("c3", "2024-06-01", "3A", "N1", null, null, false, null, "2025-03-31"));
  }

  @Test
  void landedWithinSevenCalendarDaysByPartnerAndConcern() {
    fourReferrals();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "T7");

    // p1 and h1 of 4: 50.0%.
    assertThat(headline(rows, "T7"))
        .isEqualTo(new MetricRow("T7", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
    assertThat(row(rows, "T7", "partner", "police").value()).isEqualTo(50.0);
    assertThat(row(rows, "T7", "concern", "neglect").value()).isEqualTo(100.0);
    assertThat(row(rows, "T7", "concern", "missing").value()).isEqualTo(0.0);
  }

  @Test
  void theLandingWindowIsConfiguration() {
    fourReferrals();
    MetricsJob eightDays = new MetricsJob(new MetricCatalogue(List.of(MetricCatalogue.load().find("T7").orElseThrow())),
        ReferenceData.shipped(), MetricRuns.SOLIHULL, new MetricSettings(8));

    // With 8 days p2 lands too: 3 of 4.
    assertThat(headline(eightDays.runPeriod(SPARK, Period.parse("2024-25")), "T7").value()).isEqualTo(75.0);
  }

  @Test
  void eachPeriodCountsTheReferralsCreatedInItWhereverTheyLand() {
    Views.staging(SPARK, "stg_police__referrals",
        // 2024-25: lands 7 days later.
        row("p1", "c1", "2024-06-01T10:00", "2024-06-01T12:00", "neglect", null),
        // 2023-24: created Saturday 30 March 2024, lands on 2 April in 2024-25, still a 2023-24 referral.
        row("p2", "c2", "2024-03-30T10:00", "2024-03-30T12:00", "neglect", null),
        // 2023-24: never lands.
        row("p3", "c3", "2023-05-01T10:00", "2023-05-01T12:00", "missing", null));
    Views.staging(SPARK, "stg_health__referrals",
        // 2024-25: never lands; 2023-24: lands 2 days later.
        row("h1", "c4", "2024-07-01T10:00", "2024-07-01T12:00", "gp", "other", null),
        row("h2", "c5", "2023-10-10T10:00", "2023-10-10T12:00", "gp", "other", null));
    Views.staging(SPARK, "stg_csc__contacts",
        row("k1", "c1", "2024-06-08T09:00", "6", "2024-06-08T10:00", "referral"),
        row("k2", "c2", "2024-04-02T09:00", "6", "2024-04-02T10:00", "referral"),
        row("k5", "c5", "2023-10-12T09:00", "3A", "2023-10-12T10:00", "referral"));
    // T7 needs the CIN census too; this child has no partner referral.
    Views.staging(SPARK, "stg_cin__referrals",
        row("c9", "2023-01-01", "3A", "N1", null, null, false, null, "2023-03-31"));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "T7");

    // 2024-25: p1 of p1, h1.
    List<MetricRow> latest = inPeriod(rows, "2024-25");
    assertThat(headline(latest, "T7"))
        .isEqualTo(new MetricRow("T7", "2024-25", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(row(latest, "T7", "partner", "health").value()).isEqualTo(0.0);
    assertThat(latest).noneMatch(r -> r.breakdownValue().equals("missing"));
    // 2023-24: p2 and h2 of p2, p3, h2; police 1 of 2, health 1 of 1.
    List<MetricRow> earlier = inPeriod(rows, "2023-24");
    assertThat(headline(earlier, "T7"))
        .isEqualTo(new MetricRow("T7", "2023-24", "all", "all", 2L, 3L, 66.7, "percent", "ok", null));
    assertThat(row(earlier, "T7", "partner", "police").value()).isEqualTo(50.0);
    assertThat(row(earlier, "T7", "partner", "health").value()).isEqualTo(100.0);
    assertThat(row(earlier, "T7", "concern", "missing").value()).isEqualTo(0.0);
    // 2022-23 has no referrals: its headline alone, not applicable.
    assertThat(inPeriod(rows, "2022-23")).containsExactly(new MetricRow("T7", "2022-23", "all", "all", 0L, 0L,
        null, "percent", "not_applicable", "no police and health referrals created in the period"));
  }
}
