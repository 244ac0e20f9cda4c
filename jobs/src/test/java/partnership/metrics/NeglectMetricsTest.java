package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static partnership.metrics.CinCensusRows.assessment;
import static partnership.metrics.CinCensusRows.plan;
import static partnership.metrics.CinCensusRows.referral;
import static partnership.metrics.MetricRuns.counts;
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

/**
 * N1-N7 on small partnerships, reporting year 2024-25 (1 April 2024 to 31 March 2025), and beside it
 * 2023-24 (1 April 2023 to 31 March 2024) as a run computes a trend period. The shipped population of
 * E08000029 for mid-2024 is 12,148 + 13,030 + 16,539 + 5,173 = 46,890 children aged 0-17; for mid-2023
 * 12,150 + 13,020 + 16,480 + 5,150 = 46,800.
 */
class NeglectMetricsTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  /** Plans of every category and length, and partner records for some of the children. */
  private static void plansAndPartnerRecords() {
    Views.staging(SPARK, "stg_cin__children", row("c3", "2012-09-30", "M", "APKN", "2025-03-31"));
    CinCensusRows.register(SPARK, List.<Object[]>of(referral("c5", "2025-03-31", "N4", null)),
        List.of(
            plan("c1", "2024-04-10", null, "NEG", 0),
            // The same plan in the next year's file, which wins: ended after the period, so open at its end.
            plan("c1", "2024-04-10", "2025-06-01", "NEG", 0, "2026-03-31"),
            plan("c2", "2024-05-01", "2025-03-31", "NEG", 0), // ended on the last day: not on a plan at the end
            plan("c3", "2024-06-01", null, "MUL", 0), // multiple: never neglect
            plan("c4", "2024-07-01", null, "NEG", 1), // repeat by NumberOfPreviousCPP
            plan("c5", "2021-01-10", "2022-01-10", "PHY", 0, "2022-03-31"),
            plan("c5", "2024-08-01", null, "NEG", 0), // repeat by history: c5's 2021 plan
            plan("c6", "2022-04-01", "2024-04-01", "EMO", 0), // exactly 24 months: 2 years and over
            plan("c7", "2023-01-15", "2024-12-31", "NEG", 0), // 23.5 months: 1-2 years
            plan("c8", "2024-09-01", "2024-12-01", "SAB", 0), // exactly 3 months: <= 3 months
            plan("c11", "2024-09-01", "2024-12-02", "PHY", 0), // a day over 3 months: 3-6 months
            plan("c9", "2022-06-01", "2025-02-01", "NEG", 0), // 2 years 8 months
            plan("c10", "2025-04-01", null, "NEG", 0), // starts after the period
            plan("c12", "2023-01-01", "2024-03-31", "NEG", 0)), // ends the day before the period
        List.of());
    Views.staging(SPARK, "stg_police__missing_episodes",
        row("m1", "c1", "2024-05-01T10:00", null, "2024-05-01T20:00", "low", false, null),
        row("m2", "c12", "2024-05-01T10:00", null, "2024-05-01T20:00", "low", false, null),
        row("m3", "c2", "2024-03-31T10:00", null, "2024-04-01T20:00", "low", false, null));
    Views.staging(SPARK, "stg_police__referrals",
        row("p1", "c1", "2024-07-01T10:00", "2024-07-01T11:00", "neglect", null),
        row("p2", "c4", "2024-06-01T10:00", "2024-06-01T11:00", "neglect", null),
        row("p3", "c20", "2024-08-01T10:00", "2024-08-01T11:00", "missing", null));
    Views.staging(SPARK, "stg_health__referrals",
        row("h1", "c5", "2025-03-31T10:00", "2025-03-31T11:00", "gp", "neglect", null),
        row("h2", "c21", "2024-04-01T09:00", "2024-04-01T11:00", "gp", "neglect", null));
    Views.staging(SPARK, "stg_csc__contacts",
        row("k1", "c1", "2024-07-08T09:00", "6", "2024-07-08T10:00", "referral"), // 7 days after p1: landed
        row("k2", "c4", "2024-06-09T09:00", "6", "2024-06-09T10:00", "referral"), // 8 days after p2: not
        row("k3", "c21", "2024-03-30T09:00", "3A", "2024-03-30T10:00", "referral")); // before h2: not
  }

  @Test
  void n1CountsNeglectPlansStartedOnceAndNeverMultiple() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "N1");

    // Started in the period: c1 (in two files, once), c2, c3 (MUL), c4, c5, c8, c11 = 7;
    // neglect c1, c2, c4, c5 = 4. 4 / 7 = 57.14% -> 57.1.
    assertThat(headline(rows, "N1")).isEqualTo(
        new MetricRow("N1", "2024-25", "all", "all", 4L, 7L, 57.1, "percent", "ok", null));
    assertThat(row(rows, "N1", "initial_category", "MUL").numerator()).isEqualTo(1L);
    assertThat(row(rows, "N1", "initial_category", "PHY").numerator()).isEqualTo(1L);
    // A category without plans still has its row: 0 of 7.
    assertThat(row(rows, "N1", "initial_category", "EMO").value()).isEqualTo(0.0);
    // Only c3 (MUL), a boy, asian (APKN), aged 11, has CIN characteristics: 0 of 1; the others 4 of 6.
    assertThat(row(rows, "N1", "sex", "M").value()).isEqualTo(0.0);
    assertThat(row(rows, "N1", "sex", "unknown").value()).isEqualTo(66.7);
    assertThat(row(rows, "N1", "ethnic_group", "asian").denominator()).isEqualTo(1L);
    assertThat(row(rows, "N1", "age_band", "10-15").numerator()).isZero();
  }

  @Test
  void n1GivesAPeriodWithoutPlansStartedItsHeadlineAndCategoriesBesideAnother() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "N1");

    // 2024-25 as alone: 4 neglect of 7 started, every category out of those 7.
    assertThat(headline(inPeriod(rows, "2024-25"), "N1")).isEqualTo(
        new MetricRow("N1", "2024-25", "all", "all", 4L, 7L, 57.1, "percent", "ok", null));
    assertThat(counts(row(inPeriod(rows, "2024-25"), "N1", "initial_category", "EMO"))).isEqualTo(
        "initial_category/EMO 0/7");
    // No plan started in 2023-24 (c7's, c9's and c12's began before April 2023): the headline and the five
    // categories, 0 of 0, not applicable; no age band, sex or ethnic group rows.
    assertThat(inPeriod(rows, "2023-24")).extracting(MetricRuns::counts).containsExactlyInAnyOrder(
        "all/all 0/0", "initial_category/NEG 0/0", "initial_category/PHY 0/0", "initial_category/EMO 0/0",
        "initial_category/SAB 0/0", "initial_category/MUL 0/0");
    assertThat(headline(inPeriod(rows, "2023-24"), "N1").status()).isEqualTo(MetricRow.NOT_APPLICABLE);
  }

  @Test
  void n2CountsNeglectPlansStillOpenAfterThePeriodEnd() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "N2");

    // Open NEG plans after 31 March 2025: c1 (ends June 2025), c4, c5. c2 ended that day, c3 is MUL,
    // c10 starts later. 3 * 10,000 / 46,890 = 0.64 -> 0.6 per 10,000.
    assertThat(headline(rows, "N2")).isEqualTo(
        new MetricRow("N2", "2024-25", "all", "all", 3L, 46890L, 0.6, "rate_per_10000", "ok", null));
  }

  @Test
  void n2AtAQuarterEndCountsPlansOpenAfterItsLastDay() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25-Q3", "N2");

    // Open NEG plans after 31 December 2024: c1, c2 (ends March), c4, c5, c9 (ends February) = 5; c7
    // ended on 31 December. 5 * 10,000 / 46,890 = 1.07 -> 1.1 per 10,000.
    assertThat(headline(rows, "N2")).isEqualTo(
        new MetricRow("N2", "2024-25-Q3", "all", "all", 5L, 46890L, 1.1, "rate_per_10000", "ok", null));
  }

  @Test
  void n2CountsEachPeriodEndAgainstItsOwnYearsPopulation() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "N2");

    assertThat(headline(inPeriod(rows, "2024-25"), "N2")).isEqualTo(
        new MetricRow("N2", "2024-25", "all", "all", 3L, 46890L, 0.6, "rate_per_10000", "ok", null));
    // Open NEG plans after 31 March 2024: c7 (ends December 2024), c9 (ends February 2025) = 2; c12 ended
    // that day. 2 * 10,000 / 46,800 (mid-2023) = 0.43 -> 0.4 per 10,000.
    assertThat(headline(inPeriod(rows, "2023-24"), "N2")).isEqualTo(
        new MetricRow("N2", "2023-24", "all", "all", 2L, 46800L, 0.4, "rate_per_10000", "ok", null));
  }

  @Test
  void n3CountsRepeatsFromThePreviousPlanCountAndFromHistory() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "N3");

    // Neglect plans started: c1, c2, c4, c5 = 4. Repeats: c4 (NumberOfPreviousCPP 1), c5 (2021 plan) = 2.
    assertThat(headline(rows, "N3")).isEqualTo(
        new MetricRow("N3", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
  }

  @Test
  void n3GivesAPeriodWithoutNeglectPlansStartedItsHeadlineBesideAnother() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "N3");

    assertThat(headline(inPeriod(rows, "2024-25"), "N3")).isEqualTo(
        new MetricRow("N3", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
    // No neglect plan started in 2023-24: 0 of 0, not applicable.
    assertThat(inPeriod(rows, "2023-24")).extracting(MetricRuns::counts).containsExactly("all/all 0/0");
    assertThat(headline(inPeriod(rows, "2023-24"), "N3").status()).isEqualTo(MetricRow.NOT_APPLICABLE);
  }

  @Test
  void n4BandsPlansEndedByLengthWithTwoYearsExactlyInTheTopBand() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "N4");

    // Ended in the period: c2 (11 months), c6 (24 months exactly), c7 (23.5 months), c8 (3 months
    // exactly), c11 (3 months and a day), c9 (32 months) = 6; c1's end is after the period.
    // 2 years and over: c6, c9 -> 2 / 6 = 33.3%.
    assertThat(headline(rows, "N4")).isEqualTo(
        new MetricRow("N4", "2024-25", "all", "all", 2L, 6L, 33.3, "percent", "ok", null));
    // Neglect plans ended: c2, c7, c9; 2 years and over: c9 -> 1 / 3 = 33.3%.
    assertThat(row(rows, "N4", "initial_category", "NEG").numerator()).isEqualTo(1L);
    assertThat(row(rows, "N4", "initial_category", "NEG").denominator()).isEqualTo(3L);
    assertThat(rows.stream().filter(r -> r.breakdown().equals("plan_length"))
            .map(r -> r.breakdownValue() + "=" + r.numerator()))
        .containsExactlyInAnyOrder("<= 3 months=1", "3-6 months=1", "6-12 months=1", "1-2 years=1",
            "2 years and over=2");
  }

  @Test
  void n4BandsEachPeriodsEndedPlansOnTheirOwn() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "N4");

    assertThat(headline(inPeriod(rows, "2024-25"), "N4")).isEqualTo(
        new MetricRow("N4", "2024-25", "all", "all", 2L, 6L, 33.3, "percent", "ok", null));
    // Ended in 2023-24: c12 alone (NEG, 1 January 2023 to 31 March 2024, 15 months: 1-2 years), so every
    // band is out of 1 and none of it 2 years and over.
    assertThat(inPeriod(rows, "2023-24")).extracting(MetricRuns::counts).containsExactlyInAnyOrder(
        "all/all 0/1", "initial_category/NEG 0/1", "plan_length/<= 3 months 0/1", "plan_length/3-6 months 0/1",
        "plan_length/6-12 months 0/1", "plan_length/1-2 years 1/1", "plan_length/2 years and over 0/1");
  }

  @Test
  void n5CountsAssessmentsWithFactor16AAndReferralsWithNeedN1() {
    CinCensusRows.register(SPARK,
        List.of(
            referral("c1", "2024-05-01", "N1", null),
            referral("c2", "2024-06-01", "N4", null),
            referral("c3", "2025-03-31", "N1", null),
            referral("c4", "2024-03-31", "N1", null), // before the period
            referral("c5", "2024-07-01", "N2", null),
            referral("c30", "2024-04-01", "N1", null),
            referral("c33", "2025-04-01", "N1", null)), // after the period
        List.of(),
        List.of(
            assessment("c1", "2024-05-01", "16A", "10A"),
            assessment("c2", "2024-06-01", "6A"), // physical disability, not neglect
            assessment("c3", "2025-03-31", "16A"),
            assessment("c4", "2024-03-31", "16A"), // authorised before the period
            assessment("c5", "2024-07-01")));

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "N5");

    // Authorised in the period: c1, c2, c3, c5 = 4; with 16A: c1, c3 = 2 -> 50.0%.
    assertThat(headline(rows, "N5")).isEqualTo(
        new MetricRow("N5", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
    // Referrals in the period: c1, c2, c3, c5, c30 = 5; need N1: c1, c3, c30 = 3 -> 60.0%.
    assertThat(headline(rows, "N5_primary_need_n1").numerator()).isEqualTo(3L);
    assertThat(headline(rows, "N5_primary_need_n1").value()).isEqualTo(60.0);
  }

  @Test
  void n5CountsEachPeriodsAssessmentsAndReferralsOnTheirOwn() {
    CinCensusRows.register(SPARK,
        List.of(
            referral("c1", "2024-05-01", "N1", null),
            referral("c2", "2024-06-01", "N4", null),
            referral("c3", "2023-06-01", "N1", null),
            referral("c4", "2024-03-31", "N4", null)),
        List.of(),
        List.of(
            assessment("c1", "2024-05-01", "16A"),
            assessment("c2", "2024-06-01", "6A"),
            assessment("c3", "2023-06-01", "16A", "10A"),
            assessment("c4", "2024-03-31")));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "N5");

    // 2024-25: c1 and c2 authorised and referred; 16A and N1 c1 alone -> 1 / 2 each.
    assertThat(inPeriod(rows, "2024-25")).extracting(r -> r.metricId() + " " + counts(r))
        .containsExactlyInAnyOrder("N5 all/all 1/2", "N5_primary_need_n1 all/all 1/2");
    // 2023-24: c3 and c4 (on 31 March 2024); 16A and N1 c3 alone -> 1 / 2 each.
    assertThat(inPeriod(rows, "2023-24")).extracting(r -> r.metricId() + " " + counts(r))
        .containsExactlyInAnyOrder("N5 all/all 1/2", "N5_primary_need_n1 all/all 1/2");
  }

  @Test
  void n6CountsNeglectPlanChildrenSeenByPoliceOrHealth() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "N6");

    // On a neglect plan at any time in the period: c1, c2, c4, c5, c7, c9 = 6 (c12's ended the day
    // before, c10's starts after). c1 missing (m1) and police referral; c4 police referral; c5 health
    // referral; c2's episode was reported before the period. 3 / 6 = 50.0%.
    assertThat(headline(rows, "N6")).isEqualTo(
        new MetricRow("N6", "2024-25", "all", "all", 3L, 6L, 50.0, "percent", "ok", null));
    assertThat(row(rows, "N6", "partner_record", "police_missing_episode").value()).isEqualTo(16.7);
    assertThat(row(rows, "N6", "partner_record", "police_referral").numerator()).isEqualTo(2L);
    assertThat(row(rows, "N6", "partner_record", "health_referral").numerator()).isEqualTo(1L);
  }

  @Test
  void n6FlagsEachPeriodsNeglectPlanChildrenByThatPeriodsRecords() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "N6");

    assertThat(headline(inPeriod(rows, "2024-25"), "N6")).isEqualTo(
        new MetricRow("N6", "2024-25", "all", "all", 3L, 6L, 50.0, "percent", "ok", null));
    // On a neglect plan at any time in 2023-24: c7, c9, c12 = 3. None has a record in 2023-24: c12's
    // missing episode (m2) was reported in May 2024, after its plan ended; c1's and c4's referrals are
    // 2024-25 ones, and they were not on a plan in 2023-24. 0 / 3 on every row.
    assertThat(inPeriod(rows, "2023-24")).extracting(MetricRuns::counts).containsExactlyInAnyOrder(
        "all/all 0/3", "partner_record/police_missing_episode 0/3", "partner_record/police_referral 0/3",
        "partner_record/health_referral 0/3");
  }

  @Test
  void n7CountsNeglectReferralsThatLandedWithinTheWindow() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "N7");

    // Neglect referrals: p1, p2 (police), h1, h2 (health) = 4. Landed: p1 (contact 7 days later),
    // h1 (CIN referral the same day) = 2 -> 50.0%. p2's contact is 8 days later; h2's came before.
    assertThat(headline(rows, "N7")).isEqualTo(
        new MetricRow("N7", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
    assertThat(row(rows, "N7", "partner", "police").value()).isEqualTo(50.0);
    assertThat(row(rows, "N7", "partner", "health").value()).isEqualTo(50.0);
  }

  @Test
  void n7GivesAPeriodWithoutNeglectReferralsItsRowsBesideAnother() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "N7");

    assertThat(inPeriod(rows, "2024-25")).extracting(MetricRuns::counts).containsExactlyInAnyOrder(
        "all/all 2/4", "partner/police 1/2", "partner/health 1/2");
    // No neglect referral was created in 2023-24 (h2's came on 1 April 2024): 0 of 0 on every row.
    assertThat(inPeriod(rows, "2023-24")).extracting(MetricRuns::counts).containsExactlyInAnyOrder(
        "all/all 0/0", "partner/police 0/0", "partner/health 0/0");
    assertThat(headline(inPeriod(rows, "2023-24"), "N7").status()).isEqualTo(MetricRow.NOT_APPLICABLE);
  }

  @Test
  void aPeriodWithoutPlansIsNotApplicable() {
    plansAndPartnerRecords();

    List<MetricRow> rows = MetricRuns.run(SPARK, "2019-20", "N1", "N3", "N4", "N6", "N7");

    for (String id : List.of("N1", "N3", "N4", "N6", "N7")) {
      assertThat(headline(rows, id).denominator()).as(id).isZero();
      assertThat(headline(rows, id).status()).as(id).isEqualTo(MetricRow.NOT_APPLICABLE);
      assertThat(headline(rows, id).value()).as(id).isNull();
    }
  }
}
