package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static partnership.metrics.LiteralViews.row;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import partnership.spark.SharedSpark;

/** N1-N7 on one small partnership, reporting year 2024-25 (1 April 2024 to 31 March 2025). */
class NeglectMetricsTest {

  @BeforeEach
  void registerPartnership() {
    LiteralViews.dropAll();
    LiteralViews.period("2024-25", "2024-04-01", "2025-03-31", 2024);
    // 3,000 + 3,500 + 4,500 + 1,000 = 12,000 children aged 0-17.
    LiteralViews.population(2024, 3000, 3500, 4500, 1000);
    LiteralViews.settings(7);
    LiteralViews.spine();
    // (child_id, plan_start_date, plan_end_date, initial_category, previous_plan_count)
    CinRows.plans(
        row("c1", "2024-04-10", null, "NEG", "0"),
        row("c2", "2024-05-01", "2025-03-31", "NEG", "0"), // ended on the last day: not on a plan at the end
        row("c3", "2024-06-01", null, "MUL", "0"), // multiple: never neglect
        row("c4", "2024-07-01", null, "NEG", "1"), // repeat by NumberOfPreviousCPP
        row("c5", "2021-01-10", "2022-01-10", "PHY", "0"),
        row("c5", "2024-08-01", null, "NEG", "0"), // repeat by history: c5's 2021 plan
        row("c6", "2022-04-01", "2024-04-01", "EMO", "0"), // exactly 24 months: 2 years and over
        row("c7", "2023-01-15", "2024-12-31", "NEG", "0"), // 23.5 months: 1-2 years
        row("c8", "2024-09-01", "2024-12-01", "SAB", "0"), // exactly 3 months: <= 3 months
        row("c11", "2024-09-01", "2024-12-02", "PHY", "0"), // a day over 3 months: 3-6 months
        row("c9", "2022-06-01", "2025-02-01", "NEG", "0"), // 2 years 8 months
        row("c10", "2025-04-01", null, "NEG", "0"), // starts after the period
        row("c12", "2023-01-01", "2024-03-31", "NEG", "0")); // ends the day before the period
    // (child_id, assessment_authorised_date, factors)
    CinRows.assessments(
        row("c1", "2024-05-01", "[\"16A\",\"10A\"]"),
        row("c2", "2024-06-01", "[\"6A\"]"), // physical disability, not neglect
        row("c3", "2025-03-31", "[\"16A\"]"),
        row("c4", "2024-03-31", "[\"16A\"]"), // authorised before the period
        row("c5", "2024-07-01", null));
    // (child_id, referral_date, primary_need_code)
    CinRows.referrals(
        row("c30", "2024-04-01", "N1"),
        row("c31", "2024-05-01", "N4"),
        row("c32", "2024-06-01", "N1"),
        row("c33", "2025-04-01", "N1"), // after the period
        row("c5", "2025-03-31", "N4"));
    PartnerRows.missingEpisodes(
        row("m1", "c1", "2024-05-01T10:00", null, "2024-05-01T20:00", "low", "N", null),
        row("m2", "c12", "2024-05-01T10:00", null, "2024-05-01T20:00", "low", "N", null),
        row("m3", "c2", "2024-03-31T10:00", null, "2024-04-01T20:00", "low", "N", null));
    PartnerRows.policeReferrals(
        row("p1", "c1", "2024-07-01T10:00", "2024-07-01T11:00", "neglect", null),
        row("p2", "c4", "2024-06-01T10:00", "2024-06-01T11:00", "neglect", null),
        row("p3", "c20", "2024-08-01T10:00", "2024-08-01T11:00", "missing", null));
    PartnerRows.healthReferrals(
        row("h1", "c5", "2025-03-31T10:00", "2025-03-31T11:00", "gp", "neglect", null),
        row("h2", "c21", "2024-04-01T09:00", "2024-04-01T11:00", "gp", "neglect", null));
    PartnerRows.contacts(
        row("k1", "c1", "2024-07-08T09:00", "6", "2024-07-08T10:00", "referral"), // 7 days after p1: landed
        row("k2", "c4", "2024-06-09T09:00", "6", "2024-06-09T10:00", "referral"), // 8 days after p2: not
        row("k3", "c21", "2024-03-30T09:00", "3A", "2024-03-30T10:00", "referral")); // before h2: not
    SqlModels.register(SharedSpark.get(), "intermediate/int_age_bands");
    SqlModels.register(SharedSpark.get(), "intermediate/int_period_population");
    SqlModels.register(SharedSpark.get(), "intermediate/int_police__missing_episodes");
    SqlModels.register(SharedSpark.get(), "intermediate/int_csc_front_door");
    SqlModels.register(SharedSpark.get(), "intermediate/int_partner_referrals");
  }

  @Test
  void n1CountsNeglectPlansStartedAndNeverMultiple() {
    List<TidyRow> rows = TidyRow.run("metric_n1_plans_by_category");

    // Started in the period: c1, c2, c3 (MUL), c4, c5 (2024), c8, c11 = 7; neglect c1, c2, c4, c5 = 4.
    // 4 / 7 = 57.14% -> 57.1.
    assertThat(TidyRow.headline(rows, "N1"))
        .isEqualTo(new TidyRow("N1", "2024-25", "all", "all", 4L, 7L, 57.1, "percent"));
    assertThat(TidyRow.find(rows, "N1", "initial_category", "MUL").numerator()).isEqualTo(1L);
    assertThat(TidyRow.find(rows, "N1", "initial_category", "PHY").numerator()).isEqualTo(1L);
    // A category with no plans still has its row: 0 of 7.
    assertThat(TidyRow.find(rows, "N1", "initial_category", "EMO"))
        .isEqualTo(new TidyRow("N1", "2024-25", "initial_category", "EMO", 0L, 7L, 0.0, "percent"));
  }

  @Test
  void n2CountsNeglectPlansStillOpenAfterThePeriodEnd() {
    List<TidyRow> rows = TidyRow.run("metric_n2_neglect_plans_at_period_end");

    // Open NEG plans on 31 March 2025: c1, c4, c5. c2 ended that day, c3 is MUL, c10 starts later.
    // 3 * 10,000 / 12,000 = 2.5 per 10,000.
    assertThat(rows)
        .containsExactly(new TidyRow("N2", "2024-25", "all", "all", 3L, 12000L, 2.5, "rate_per_10000"));
  }

  @Test
  void n3CountsRepeatsFromThePreviousPlanCountAndFromHistory() {
    List<TidyRow> rows = TidyRow.run("metric_n3_repeat_neglect_plans");

    // Neglect plans started: c1, c2, c4, c5 = 4. Repeats: c4 (NumberOfPreviousCPP 1), c5 (2021 plan) = 2.
    assertThat(rows).containsExactly(new TidyRow("N3", "2024-25", "all", "all", 2L, 4L, 50.0, "percent"));
  }

  @Test
  void n4BandsPlansEndedByLengthWithTwoYearsExactlyInTheTopBand() {
    List<TidyRow> rows = TidyRow.run("metric_n4_plan_length");

    // Ended in the period: c2 (11 months), c6 (24 months exactly), c7 (23.5 months), c8 (3 months
    // exactly), c11 (3 months and a day), c9 (32 months) = 6; 2 years and over: c6, c9 -> 2 / 6 = 33.3%.
    assertThat(TidyRow.headline(rows, "N4"))
        .isEqualTo(new TidyRow("N4", "2024-25", "all", "all", 2L, 6L, 33.3, "percent"));
    // Neglect plans ended: c2, c7, c9; 2 years and over: c9 -> 1 / 3 = 33.3%.
    assertThat(TidyRow.find(rows, "N4", "initial_category", "NEG"))
        .isEqualTo(new TidyRow("N4", "2024-25", "initial_category", "NEG", 1L, 3L, 33.3, "percent"));
    assertThat(TidyRow.find(rows, "N4", "plan_length", "<= 3 months").numerator()).isEqualTo(1L);
    assertThat(TidyRow.find(rows, "N4", "plan_length", "3-6 months").numerator()).isEqualTo(1L);
    assertThat(TidyRow.find(rows, "N4", "plan_length", "6-12 months").numerator()).isEqualTo(1L);
    assertThat(TidyRow.find(rows, "N4", "plan_length", "1-2 years").numerator()).isEqualTo(1L);
    assertThat(TidyRow.find(rows, "N4", "plan_length", "2 years and over").numerator()).isEqualTo(2L);
  }

  @Test
  void n5CountsAssessmentsWithFactor16AAndReferralsWithNeedN1() {
    List<TidyRow> rows = TidyRow.run("metric_n5_neglect_factor");

    // Authorised in the period: c1, c2, c3, c5 = 4; with 16A: c1, c3 = 2 -> 50.0%.
    assertThat(TidyRow.headline(rows, "N5"))
        .isEqualTo(new TidyRow("N5", "2024-25", "all", "all", 2L, 4L, 50.0, "percent"));
    // Referrals in the period: c30, c31, c32, c5 = 4; N1: c30, c32 = 2 -> 50.0%.
    assertThat(TidyRow.headline(rows, "N5_primary_need_n1"))
        .isEqualTo(new TidyRow("N5_primary_need_n1", "2024-25", "all", "all", 2L, 4L, 50.0, "percent"));
  }

  @Test
  void n6CountsNeglectPlanChildrenSeenByPoliceOrHealth() {
    List<TidyRow> rows = TidyRow.run("metric_n6_neglect_multi_agency");

    // On a neglect plan at any time in the period: c1, c2, c4, c5, c7, c9 = 6 (c12's ended the day
    // before, c10's starts after). c1 missing (m1) and police referral; c4 police referral; c5 health
    // referral; c2's episode was reported before the period. 3 / 6 = 50.0%.
    assertThat(TidyRow.headline(rows, "N6"))
        .isEqualTo(new TidyRow("N6", "2024-25", "all", "all", 3L, 6L, 50.0, "percent"));
    assertThat(TidyRow.find(rows, "N6", "partner_record", "police_missing_episode").value()).isEqualTo(16.7);
    assertThat(TidyRow.find(rows, "N6", "partner_record", "police_referral").numerator()).isEqualTo(2L);
    assertThat(TidyRow.find(rows, "N6", "partner_record", "health_referral").numerator()).isEqualTo(1L);
  }

  @Test
  void n7CountsNeglectReferralsThatLandedWithinTheWindow() {
    List<TidyRow> rows = TidyRow.run("metric_n7_neglect_partner_referrals");

    // Neglect referrals: p1, p2 (police), h1, h2 (health) = 4. Landed: p1 (contact 7 days later),
    // h1 (CIN referral the same day) = 2 -> 50.0%. p2's contact is 8 days later; h2's came before.
    assertThat(TidyRow.headline(rows, "N7"))
        .isEqualTo(new TidyRow("N7", "2024-25", "all", "all", 2L, 4L, 50.0, "percent"));
    assertThat(TidyRow.find(rows, "N7", "partner", "police"))
        .isEqualTo(new TidyRow("N7", "2024-25", "partner", "police", 1L, 2L, 50.0, "percent"));
    assertThat(TidyRow.find(rows, "N7", "partner", "health"))
        .isEqualTo(new TidyRow("N7", "2024-25", "partner", "health", 1L, 2L, 50.0, "percent"));
  }

  @Test
  void aPeriodWithoutPlansHasNoPercentages() {
    LiteralViews.period("2019-20", "2019-04-01", "2020-03-31", 2024);

    assertThat(TidyRow.headline(TidyRow.run("metric_n1_plans_by_category"), "N1"))
        .isEqualTo(new TidyRow("N1", "2019-20", "all", "all", 0L, 0L, null, "percent"));
    assertThat(TidyRow.headline(TidyRow.run("metric_n3_repeat_neglect_plans"), "N3").value()).isNull();
    assertThat(TidyRow.headline(TidyRow.run("metric_n4_plan_length"), "N4").denominator()).isZero();
    assertThat(TidyRow.headline(TidyRow.run("metric_n6_neglect_multi_agency"), "N6").value()).isNull();
    assertThat(TidyRow.headline(TidyRow.run("metric_n7_neglect_partner_referrals"), "N7").value()).isNull();
  }
}
