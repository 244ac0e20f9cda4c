package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
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
 * E1-E6 on one small partnership, reporting year 2024-25 (1 April 2024 to 31 March 2025), and beside it
 * 2023-24 (1 April 2023 to 31 March 2024) as a run computes a trend period. The shipped population of
 * E08000029 for mid-2024 is 12,148 + 13,030 + 16,539 + 5,173 = 46,890 children aged 0-17; for mid-2023
 * 12,150 + 13,020 + 16,480 + 5,150 = 46,800, of them 16,480 aged 10-15.
 */
class EducationHousingMetricsTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void registerPartnership() {
    Views.clear(SPARK);
    Views.staging(SPARK, "stg_cin__children", row("x3", "2009-02-14", "M", "WBRI", "2025-03-31"));
    // (child_id, cme_start_date, cme_end_date, reason, birth_month)
    Views.staging(SPARK, "stg_education__children_missing_education",
        row("x1", "2024-03-01", "2024-04-01", "never_on_roll", "2012-01-01"), // 31 days, ended on day one
        row("x2", "2024-05-01", "2024-05-29", "moved_away_unknown", "2016-06-01"), // exactly 28 days
        row("x2", "2024-09-01", "2024-09-10", "moved_away_unknown", "2016-06-01"), // 9 days
        row("x3", "2025-01-10", null, "removed_from_roll", null), // still missing education
        row("x4", "2023-09-01", "2024-03-31", "other", null), // ended the day before the period
        row("x5", "2024-06-01", "2024-07-15", "other", null)); // 44 days
    // (child_id, household_id, placed_date, left_date, accommodation_type, is_out_of_area, birth_month)
    Views.staging(SPARK, "stg_housing__temporary_accommodation",
        // Household H1, two children: exactly 42 days in B&B, then a hostel out of area.
        row("y1", "H1", "2024-05-01", "2024-06-12", "bed_and_breakfast", false, null),
        row("y2", "H1", "2024-05-01", "2024-06-12", "bed_and_breakfast", false, null),
        row("y1", "H1", "2024-06-12", null, "hostel", true, null),
        row("y2", "H1", "2024-06-12", null, "hostel", true, null),
        // H2 moves between two B&Bs on 20 July: one continuous stay of 43 days.
        row("y3", "H2", "2024-07-01", "2024-07-20", "bed_and_breakfast", false, null),
        row("y3", "H2", "2024-07-20", "2024-08-13", "bed_and_breakfast", false, null),
        row("y4", "H3", "2025-02-20", null, "bed_and_breakfast", false, "2015-03-01"), // 39 days by 31 March
        row("y5", "H4", "2024-01-01", "2024-04-10", "bed_and_breakfast", false, null), // 100 days by 10 April
        row("y6", "H5", "2024-11-01", "2025-03-31", "private_sector_leased", false, null), // left on the last day
        row("y7", "H6", "2023-01-01", "2024-03-31", "nightly_paid", false, null)); // left before the period
    CinCensusRows.register(SPARK,
        List.of(referral("x1", "2024-02-01", "N1", null), referral("x2", "2024-01-01", "N4", "2024-04-30")),
        List.of(
            plan("x3", "2024-10-01", "2025-02-01", "NEG", 0),
            plan("y1", "2024-04-10", null, "EMO", 0),
            plan("y6", "2023-10-01", "2024-03-31", "NEG", 0)), // ended before the period
        List.of());
    Views.staging(SPARK, "stg_903__episodes",
        row("x5", "2024-08-01", "S", "C2", "N1", "U1", "PR1", null, null)); // after x5's CME ended
    Views.staging(SPARK, "stg_police__missing_episodes",
        row("m1", "x2", "2024-08-01T10:00", null, "2024-08-01T20:00", "low", false, null),
        row("m2", "x4", "2024-06-01T10:00", null, "2024-06-01T20:00", "low", false, null),
        row("m3", "x5", "2024-03-15T10:00", null, "2024-03-15T20:00", "low", false, null),
        row("m4", "y3", "2024-07-05T10:00", null, "2024-07-05T20:00", "high", false, null));
  }

  @Test
  void e1CountsChildrenMissingEducationAndThoseKnownToChildrensServices() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "E1");

    // Missing education in the period: x1, x2, x3, x5 = 4 (x4 ended the day before).
    // 4 * 10,000 / 46,890 = 0.85 -> 0.9 per 10,000.
    assertThat(headline(rows, "E1")).isEqualTo(
        new MetricRow("E1", "2024-25", "all", "all", 4L, 46890L, 0.9, "rate_per_10000", "ok", null));
    // Known at the time: x1 (open CIN episode), x3 (plan from 1 October). x2's episode closed the day
    // before its CME began; x5 came into care after its CME ended. 2 / 4 = 50.0%.
    assertThat(headline(rows, "E1_known_to_csc")).isEqualTo(
        new MetricRow("E1_known_to_csc", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
    // Ages at the first start: x1 12 (education's birth month), x3 15 (CIN census): 2 * 10,000 / 16,539 = 1.2.
    assertThat(row(rows, "E1", "age_band", "10-15")).isEqualTo(
        new MetricRow("E1", "2024-25", "age_band", "10-15", 2L, 16539L, 1.2, "rate_per_10000", "ok", null));
    assertThat(row(rows, "E1", "age_band", "5-9").numerator()).isEqualTo(1L);
    assertThat(row(rows, "E1", "age_band", "unknown").value()).isNull();
    // x2's two episodes count once.
    assertThat(row(rows, "E1", "reason", "moved_away_unknown")).isEqualTo(
        new MetricRow("E1", "2024-25", "reason", "moved_away_unknown", 1L, 4L, 25.0, "percent", "ok", null));
  }

  @Test
  void e1CountsEachPeriodsChildrenAgainstItsOwnYearsPopulation() {
    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "E1");

    assertThat(headline(inPeriod(rows, "2024-25"), "E1")).isEqualTo(
        new MetricRow("E1", "2024-25", "all", "all", 4L, 46890L, 0.9, "rate_per_10000", "ok", null));
    // Missing education in 2023-24: x1 (from 1 March 2024), x4 = 2. 2 * 10,000 / 46,800 = 0.43 -> 0.4.
    // x1 aged 12 at its start (10-15: 1 of 16,480), x4 no birth month (unknown, no band population).
    // Known at the time: x1 (CIN episode open from 1 February 2024) -> 1 / 2.
    assertThat(headline(inPeriod(rows, "2023-24"), "E1")).isEqualTo(
        new MetricRow("E1", "2023-24", "all", "all", 2L, 46800L, 0.4, "rate_per_10000", "ok", null));
    assertThat(inPeriod(rows, "2023-24")).extracting(r -> r.metricId() + " " + counts(r))
        .containsExactlyInAnyOrder("E1 all/all 2/46800", "E1 age_band/10-15 1/16480", "E1 age_band/unknown 1/null",
            "E1 reason/never_on_roll 1/2", "E1 reason/other 1/2", "E1_known_to_csc all/all 1/2");
  }

  @Test
  void e2CountsChildrenMissingEducationWhoAlsoWentMissing() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "E2");

    // Of x1, x2, x3, x5: x2 reported missing in August; x5's report was before the period -> 1 / 4.
    assertThat(headline(rows, "E2")).isEqualTo(
        new MetricRow("E2", "2024-25", "all", "all", 1L, 4L, 25.0, "percent", "ok", null));
  }

  @Test
  void e2MatchesMissingEpisodesOfTheSamePeriodOnly() {
    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "E2");

    assertThat(headline(inPeriod(rows, "2024-25"), "E2").value()).isEqualTo(25.0);
    // Missing education in 2023-24: x1, x4. x4's missing episode (m2) was reported in June 2024, when it was
    // no longer missing education; x5's (m3, March 2024) came when x5 was not. 0 / 2.
    assertThat(headline(inPeriod(rows, "2023-24"), "E2")).isEqualTo(
        new MetricRow("E2", "2023-24", "all", "all", 0L, 2L, 0.0, "percent", "ok", null));
  }

  @Test
  void e3MeasuresEpisodesEndedWithTwentyEightDaysNotOver() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "E3");

    // Ended in the period: x1 31 days, x2 28 and 9 days, x5 44 days = 4; over 28: x1, x5 -> 50.0%.
    assertThat(headline(rows, "E3")).isEqualTo(
        new MetricRow("E3", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
    // Sorted 9, 28, 31, 44 -> median (28 + 31) / 2 = 29.5 days.
    // By reason: never_on_roll x1 1 of 1; moved_away_unknown x2 0 of 2 (28 days is not over 28).
    assertThat(row(rows, "E3", "reason", "never_on_roll").value()).isEqualTo(100.0);
    assertThat(row(rows, "E3", "reason", "moved_away_unknown")).isEqualTo(
        new MetricRow("E3", "2024-25", "reason", "moved_away_unknown", 0L, 2L, 0.0, "percent", "ok", null));
    assertThat(headline(rows, "E3_median")).isEqualTo(
        new MetricRow("E3_median", "2024-25", "all", "all", null, 4L, 29.5, "days", "ok", null));
  }

  @Test
  void e3MeasuresEachPeriodsEndedEpisodesOnTheirOwn() {
    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "E3");

    assertThat(inPeriod(rows, "2024-25")).extracting(r -> r.metricId() + " " + counts(r) + " " + r.value())
        .contains("E3 all/all 2/4 50.0", "E3_median all/all null/4 29.5");
    // Ended in 2023-24: x4 alone, 1 September 2023 to 31 March 2024 = 212 days, over 28.
    assertThat(inPeriod(rows, "2023-24")).extracting(r -> r.metricId() + " " + counts(r) + " " + r.value())
        .containsExactlyInAnyOrder("E3 all/all 1/1 100.0", "E3 reason/other 1/1 100.0",
            "E3_median all/all null/1 212.0");
  }

  @Test
  void e4CountsChildrenStillPlacedAfterThePeriodEnd() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "E4");

    // Placed on 31 March 2025 and not left: y1, y2 (hostel), y4 (B&B) = 3; y6 left that day.
    // 3 * 10,000 / 46,890 = 0.64 -> 0.6 per 10,000; out of area y1, y2 -> 2 / 3 = 66.7%.
    assertThat(headline(rows, "E4")).isEqualTo(
        new MetricRow("E4", "2024-25", "all", "all", 3L, 46890L, 0.6, "rate_per_10000", "ok", null));
    assertThat(headline(rows, "E4_out_of_area").value()).isEqualTo(66.7);
    assertThat(row(rows, "E4", "accommodation_type", "hostel").numerator()).isEqualTo(2L);
    // y4 (born 2015-03, by housing) is 10 at the period end: 1 * 10,000 / 16,539 = 0.6; y1, y2 unknown.
    assertThat(row(rows, "E4", "age_band", "10-15")).isEqualTo(
        new MetricRow("E4", "2024-25", "age_band", "10-15", 1L, 16539L, 0.6, "rate_per_10000", "ok", null));
    assertThat(row(rows, "E4", "age_band", "unknown").numerator()).isEqualTo(2L);
  }

  @Test
  void e4CountsEachPeriodEndAgainstItsOwnYearsPopulation() {
    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "E4");

    assertThat(headline(inPeriod(rows, "2024-25"), "E4").numerator()).isEqualTo(3L);
    // Placed on 31 March 2024 and not left: y5 (B&B until 10 April) = 1; y7 left that day.
    // 1 * 10,000 / 46,800 = 0.21 -> 0.2 per 10,000; none out of area; y5 has no birth month.
    assertThat(headline(inPeriod(rows, "2023-24"), "E4")).isEqualTo(
        new MetricRow("E4", "2023-24", "all", "all", 1L, 46800L, 0.2, "rate_per_10000", "ok", null));
    assertThat(inPeriod(rows, "2023-24")).extracting(r -> r.metricId() + " " + counts(r))
        .containsExactlyInAnyOrder("E4 all/all 1/46800", "E4 age_band/unknown 1/null",
            "E4 accommodation_type/bed_and_breakfast 1/1", "E4_out_of_area all/all 0/1");
  }

  @Test
  void e5CountsHouseholdsInBedAndBreakfastOverFortyTwoDays() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "E5");

    // In B&B in the period: H1, H2, H3, H4 = 4 households (H1's two children count once).
    // Over 42 days: H2 (43 days across two B&Bs), H4 (100 days by 10 April); H1 exactly 42, H3 39.
    assertThat(headline(rows, "E5")).isEqualTo(
        new MetricRow("E5", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
  }

  @Test
  void e5MeasuresStaysUpToEachPeriodsOwnEnd() {
    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "E5");

    assertThat(headline(inPeriod(rows, "2024-25"), "E5").value()).isEqualTo(50.0);
    // In B&B in 2023-24: H4 alone, 1 January to 31 March 2024 = 90 days by the period end, over 42. 1 / 1.
    assertThat(headline(inPeriod(rows, "2023-24"), "E5")).isEqualTo(
        new MetricRow("E5", "2023-24", "all", "all", 1L, 1L, 100.0, "percent", "ok", null));
  }

  @Test
  void e6CountsAccommodatedChildrenOnAPlanOrMissing() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "E6");

    // In temporary accommodation in the period: y1 to y6 = 6 (y7 left before it). y1 on a plan from
    // 10 April, y3 reported missing in July; y6's plan ended before the period. 2 / 6 = 33.3%.
    assertThat(headline(rows, "E6")).isEqualTo(
        new MetricRow("E6", "2024-25", "all", "all", 2L, 6L, 33.3, "percent", "ok", null));
    assertThat(row(rows, "E6", "partner_record", "police_missing_episode").numerator()).isEqualTo(1L);
  }

  @Test
  void e6MatchesPlansAndMissingEpisodesOfTheSamePeriodOnly() {
    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24"), "E6");

    assertThat(headline(inPeriod(rows, "2024-25"), "E6").value()).isEqualTo(33.3);
    // In temporary accommodation in 2023-24: y5, y7 = 2. y6's plan was open then, but y6 was placed in
    // November 2024; y1's plan and y3's missing episode are 2024-25 ones. 0 / 2 on every row.
    assertThat(inPeriod(rows, "2023-24")).extracting(MetricRuns::counts).containsExactlyInAnyOrder(
        "all/all 0/2", "partner_record/child_protection_plan 0/2", "partner_record/police_missing_episode 0/2");
  }

  @Test
  void aPeriodWithoutRecordsIsNotApplicable() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2018-19", "E1", "E2", "E3", "E4", "E5", "E6");

    for (String id : List.of("E1_known_to_csc", "E2", "E3", "E3_median", "E4_out_of_area", "E5", "E6")) {
      assertThat(headline(rows, id).denominator()).as(id).isZero();
      assertThat(headline(rows, id).status()).as(id).isEqualTo(MetricRow.NOT_APPLICABLE);
      assertThat(headline(rows, id).value()).as(id).isNull();
    }
  }

  @Test
  void withoutTheEducationAndHousingFilesTheMetricsAreNotAvailable() {
    Views.clear(SPARK);

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "E1", "E5");

    assertThat(headline(rows, "E1").status()).isEqualTo(MetricRow.NOT_AVAILABLE);
    assertThat(headline(rows, "E1").note()).contains("education/children_missing_education.csv");
    assertThat(headline(rows, "E5").status()).isEqualTo(MetricRow.NOT_AVAILABLE);
  }
}
