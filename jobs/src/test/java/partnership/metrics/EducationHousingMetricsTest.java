package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static partnership.metrics.LiteralViews.row;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import partnership.spark.SharedSpark;

/** E1-E6 on one small partnership, reporting year 2024-25 (1 April 2024 to 31 March 2025). */
class EducationHousingMetricsTest {

  @BeforeEach
  void registerPartnership() {
    LiteralViews.dropAll();
    LiteralViews.period("2024-25", "2024-04-01", "2025-03-31", 2024);
    // 3,000 + 3,500 + 4,500 + 1,000 = 12,000 children aged 0-17.
    LiteralViews.population(2024, 3000, 3500, 4500, 1000);
    LiteralViews.spine(row("x3", "2009-02-01"));
    LiteralViews.register(
        "stg_education__children_missing_education",
        "child_id string, cme_start_date date, cme_end_date date, reason string, birth_month date",
        row("x1", "2024-03-01", "2024-04-01", "never_on_roll", "2012-01-01"), // 31 days, ended on day one
        row("x2", "2024-05-01", "2024-05-29", "moved_away_unknown", "2016-06-01"), // exactly 28 days
        row("x2", "2024-09-01", "2024-09-10", "moved_away_unknown", "2016-06-01"), // 9 days
        row("x3", "2025-01-10", null, "removed_from_roll", null), // still missing education
        row("x4", "2023-09-01", "2024-03-31", "other", null), // ended the day before the period
        row("x5", "2024-06-01", "2024-07-15", "other", null)); // 44 days
    LiteralViews.register(
        "stg_housing__temporary_accommodation",
        "child_id string, household_id string, placed_date date, left_date date, accommodation_type string,"
            + " is_out_of_area boolean, birth_month date",
        // Household H1, two children: exactly 42 days in B&B, then a hostel out of area.
        row("y1", "H1", "2024-05-01", "2024-06-12", "bed_and_breakfast", "N", null),
        row("y2", "H1", "2024-05-01", "2024-06-12", "bed_and_breakfast", "N", null),
        row("y1", "H1", "2024-06-12", null, "hostel", "Y", null),
        row("y2", "H1", "2024-06-12", null, "hostel", "Y", null),
        // H2 moves between two B&Bs on 20 July: one continuous stay of 43 days.
        row("y3", "H2", "2024-07-01", "2024-07-20", "bed_and_breakfast", "N", null),
        row("y3", "H2", "2024-07-20", "2024-08-13", "bed_and_breakfast", "N", null),
        row("y4", "H3", "2025-02-20", null, "bed_and_breakfast", "N", null), // 39 days by 31 March
        row("y5", "H4", "2024-01-01", "2024-04-10", "bed_and_breakfast", "N", null), // 100 days by 10 April
        row("y6", "H5", "2024-11-01", "2025-03-31", "private_sector_leased", "N", null), // left on the last day
        row("y7", "H6", "2023-01-01", "2024-03-31", "nightly_paid", "N", null)); // left before the period
    // (child_id, referral_date, primary_need_code, closure_date)
    CinRows.referrals(row("x1", "2024-02-01", "N1", null), row("x2", "2024-01-01", "N4", "2024-04-30"));
    // (child_id, plan_start_date, plan_end_date, initial_category, previous_plan_count)
    CinRows.plans(
        row("x3", "2024-10-01", "2025-02-01", "NEG", "0"),
        row("y1", "2024-04-10", null, "EMO", "0"),
        row("y6", "2023-10-01", "2024-03-31", "NEG", "0")); // ended before the period
    LookedAfterRows.episodes(row("x5", "2024-08-01", null)); // after x5's episode ended
    PartnerRows.missingEpisodes(
        row("m1", "x2", "2024-08-01T10:00", null, "2024-08-01T20:00", "low", "N", null),
        row("m2", "x4", "2024-06-01T10:00", null, "2024-06-01T20:00", "low", "N", null),
        row("m3", "x5", "2024-03-15T10:00", null, "2024-03-15T20:00", "low", "N", null),
        row("m4", "y3", "2024-07-05T10:00", null, "2024-07-05T20:00", "high", "N", null));
    SqlModels.register(SharedSpark.get(), "intermediate/int_age_bands");
    SqlModels.register(SharedSpark.get(), "intermediate/int_period_population");
    SqlModels.register(SharedSpark.get(), "intermediate/int_police__missing_episodes");
    SqlModels.register(SharedSpark.get(), "intermediate/int_child_care_status_spans");
    SqlModels.register(SharedSpark.get(), "intermediate/int_education__missing_education_episodes");
    SqlModels.register(SharedSpark.get(), "intermediate/int_housing__bed_and_breakfast_stays");
  }

  @Test
  void e1CountsChildrenMissingEducationAndThoseKnownToChildrensServices() {
    List<TidyRow> rows = TidyRow.run("metric_e1_children_missing_education");

    // Missing education in the period: x1, x2, x3, x5 = 4 (x4 ended the day before).
    // 4 * 10,000 / 12,000 = 3.33 -> 3.3 per 10,000.
    assertThat(TidyRow.headline(rows, "E1"))
        .isEqualTo(new TidyRow("E1", "2024-25", "all", "all", 4L, 12000L, 3.3, "rate_per_10000"));
    // Known at the time: x1 (open CIN episode), x3 (plan from 1 October). x2's episode closed the day
    // before its CME began; x5 came into care after its CME ended. 2 / 4 = 50.0%.
    assertThat(TidyRow.headline(rows, "E1_known_to_csc"))
        .isEqualTo(new TidyRow("E1_known_to_csc", "2024-25", "all", "all", 2L, 4L, 50.0, "percent"));
    // Ages at the first start: x1 12 and x3 15 (from the spine): 2 * 10,000 / 4,500 = 4.4.
    assertThat(TidyRow.find(rows, "E1", "age_band", "10-15"))
        .isEqualTo(new TidyRow("E1", "2024-25", "age_band", "10-15", 2L, 4500L, 4.4, "rate_per_10000"));
    assertThat(TidyRow.find(rows, "E1", "age_band", "5-9").numerator()).isEqualTo(1L);
    assertThat(TidyRow.find(rows, "E1", "age_band", "unknown").value()).isNull();
    // x2's two episodes count once.
    assertThat(TidyRow.find(rows, "E1", "reason", "moved_away_unknown"))
        .isEqualTo(new TidyRow("E1", "2024-25", "reason", "moved_away_unknown", 1L, 4L, 25.0, "percent"));
  }

  @Test
  void e2CountsChildrenMissingEducationWhoAlsoWentMissing() {
    // Of x1, x2, x3, x5: x2 reported missing in August; x5's report was before the period -> 1 / 4.
    assertThat(TidyRow.run("metric_e2_missing_education_and_missing"))
        .containsExactly(new TidyRow("E2", "2024-25", "all", "all", 1L, 4L, 25.0, "percent"));
  }

  @Test
  void e3MeasuresEpisodesEndedWithTwentyEightDaysNotOver() {
    List<TidyRow> rows = TidyRow.run("metric_e3_missing_education_duration");

    // Ended in the period: x1 31 days, x2 28 and 9 days, x5 44 days = 4; over 28: x1, x5 -> 50.0%.
    assertThat(TidyRow.headline(rows, "E3"))
        .isEqualTo(new TidyRow("E3", "2024-25", "all", "all", 2L, 4L, 50.0, "percent"));
    // Sorted 9, 28, 31, 44 -> median (28 + 31) / 2 = 29.5 days.
    assertThat(TidyRow.headline(rows, "E3_median"))
        .isEqualTo(new TidyRow("E3_median", "2024-25", "all", "all", null, 4L, 29.5, "days"));
  }

  @Test
  void e4CountsChildrenStillPlacedAfterThePeriodEnd() {
    List<TidyRow> rows = TidyRow.run("metric_e4_temporary_accommodation_at_period_end");

    // Placed on 31 March 2025 and not left: y1, y2 (hostel), y4 (B&B) = 3; y6 left that day.
    // 3 * 10,000 / 12,000 = 2.5 per 10,000; out of area y1, y2 -> 2 / 3 = 66.7%.
    assertThat(TidyRow.headline(rows, "E4"))
        .isEqualTo(new TidyRow("E4", "2024-25", "all", "all", 3L, 12000L, 2.5, "rate_per_10000"));
    assertThat(TidyRow.headline(rows, "E4_out_of_area").value()).isEqualTo(66.7);
    assertThat(TidyRow.find(rows, "E4", "accommodation_type", "hostel").numerator()).isEqualTo(2L);
  }

  @Test
  void e5CountsHouseholdsInBedAndBreakfastOverFortyTwoDays() {
    // In B&B in the period: H1, H2, H3, H4 = 4 households (H1's two children count once).
    // Over 42 days: H2 (43 days across two B&Bs), H4 (100 days by 10 April); H1 exactly 42, H3 39.
    assertThat(TidyRow.run("metric_e5_bed_and_breakfast_over_six_weeks"))
        .containsExactly(new TidyRow("E5", "2024-25", "all", "all", 2L, 4L, 50.0, "percent"));
  }

  @Test
  void e6CountsAccommodatedChildrenOnAPlanOrMissing() {
    List<TidyRow> rows = TidyRow.run("metric_e6_temporary_accommodation_plan_or_missing");

    // In temporary accommodation in the period: y1 to y6 = 6 (y7 left before it). y1 on a plan from
    // 10 April, y3 reported missing in July; y6's plan ended before the period. 2 / 6 = 33.3%.
    assertThat(TidyRow.headline(rows, "E6"))
        .isEqualTo(new TidyRow("E6", "2024-25", "all", "all", 2L, 6L, 33.3, "percent"));
    assertThat(TidyRow.find(rows, "E6", "partner_record", "police_missing_episode").numerator()).isEqualTo(1L);
  }

  @Test
  void aPeriodWithoutRecordsHasNoPercentages() {
    LiteralViews.period("2017-18", "2017-04-01", "2018-03-31", 2024);

    assertThat(TidyRow.headline(TidyRow.run("metric_e1_children_missing_education"), "E1_known_to_csc").value())
        .isNull();
    assertThat(TidyRow.run("metric_e2_missing_education_and_missing").get(0).value()).isNull();
    assertThat(TidyRow.headline(TidyRow.run("metric_e3_missing_education_duration"), "E3_median").value())
        .isNull();
    assertThat(TidyRow.headline(TidyRow.run("metric_e4_temporary_accommodation_at_period_end"), "E4_out_of_area")
            .value())
        .isNull();
    assertThat(TidyRow.run("metric_e5_bed_and_breakfast_over_six_weeks"))
        .containsExactly(new TidyRow("E5", "2017-18", "all", "all", 0L, 0L, null, "percent"));
    assertThat(TidyRow.headline(TidyRow.run("metric_e6_temporary_accommodation_plan_or_missing"), "E6").value())
        .isNull();
  }
}
