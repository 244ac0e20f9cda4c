package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static partnership.metrics.LiteralViews.row;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import partnership.spark.SharedSpark;

/** M2-M8 on one small partnership, reporting year 2024-25 (1 April 2024 to 31 March 2025). */
class MissingMetricsTest {

  @BeforeEach
  void registerPartnership() {
    LiteralViews.dropAll();
    LiteralViews.period("2024-25", "2024-04-01", "2025-03-31", 2024);
    LiteralViews.spine();
    // (occurrence_id, child_id, reported_at, last_seen_at, returned_at, risk_grade, is_from_care, birth_month)
    PartnerRows.missingEpisodes(
        row("e1", "a", "2024-05-01T10:00", "2024-05-01T08:00", "2024-05-02T08:00", "low", "Y", null), // 24h
        row("e2", "a", "2024-06-01T10:00", null, "2024-06-04T10:01", "medium", "Y", null), // 72h01m from report
        row("e3", "a", "2024-07-01T10:00", "2024-07-01T09:00", "2024-07-01T21:00", "low", "Y", null), // 12h
        // Reported before the period, returned inside it: 72h, in M5 but not in M2.
        row("e4", "b", "2024-03-30T22:00", "2024-03-30T20:00", "2024-04-02T20:00", "high", "N", null),
        row("e5", "b", "2024-09-10T12:00", null, "2024-09-11T13:00", "high", "N", null), // 25h
        row("e6", "c", "2025-03-31T20:00", null, null, "high", "N", null), // still missing
        row("e7", "d", "2024-11-05T10:00", null, "2024-11-05T09:00", "low", "N", null), // return before report
        row("e8", "f", "2024-10-01T10:00", null, "2024-10-01T18:00", "low", "Y", null), // 8h
        row("e9", "h", "2024-12-01T23:00", null, "2024-12-02T01:00", "low", "Y", null), // 2h
        row("e10", "k", "2024-06-15T10:00", "2024-06-15T10:00", "2024-06-15T12:00", "low", "N", null)); // 2h
    // (child_id, missing_start_date, returned_at, offered_at, completed_at, is_accepted)
    LiteralViews.register(
        "stg_csc__return_interviews",
        "child_id string, missing_start_date date, returned_at timestamp, offered_at timestamp,"
            + " completed_at timestamp, is_accepted boolean",
        row("a", "2024-05-01", "2024-05-02T08:00", "2024-05-02T09:00", "2024-05-05T08:00", "true"), // 72h
        row("a", "2024-06-01", "2024-06-04T10:01", "2024-06-04T12:00", "2024-06-07T10:02", "true"), // 72h01m
        row("b", "2024-03-30", "2024-04-02T20:00", null, null, null),
        row("c", "2025-03-31", "2025-04-01T10:00", "2025-04-01T11:00", null, null), // returned after the period
        row("b", "2024-09-10", "2024-09-11T13:00", "2024-09-11T14:00", null, "false"));
    // (child_id, episode_start_date, episode_end_date)
    LookedAfterRows.episodes(
        row("a", "2023-01-01", null),
        row("b", "2024-06-01", "2024-08-01"),
        row("f", "2020-01-01", null),
        row("g", "2022-01-01", "2024-03-31"), // left care the day before the period
        row("h", "2024-10-01", null),
        row("m", "2024-06-01", null),
        row("n", "2024-06-01", null));
    // (child_id, missing_type, missing_start_date)
    LookedAfterRows.missing(
        row("a", "M", "2024-03-20"), // before the period
        row("a", "M", "2024-05-01"), // police report e1 the same day
        row("a", "A", "2024-08-15"),
        row("f", "M", "2024-10-03"), // police report e8 two days before: not matched
        row("h", "M", "2024-12-02"), // police report e9 one day before: matched
        row("m", "M", "2024-07-01"), // no police report
        row("n", "A", "2024-07-01")); // away, not missing
    // (child_id, referral_date, primary_need_code, closure_date)
    CinRows.referrals(row("d", "2024-10-01", "N4", "2024-10-03")); // closed, and 35 days before e7
    // (child_id, plan_start_date, plan_end_date, initial_category, previous_plan_count)
    CinRows.plans(row("k", "2024-01-01", "2024-06-15", "NEG", "0")); // ends the day of e10: known then
    PartnerRows.contacts(row("k1", "b", "2024-10-10T09:00", "6", "2024-10-10T10:00", "referral")); // e5 + 30 days
    // (child_id, assessment_authorised_date, factors)
    CinRows.assessments(
        row("a", "2024-06-01", "[\"11A\"]"),
        row("m", "2024-08-01", "[\"24A\",\"13A\"]"),
        row("c", "2024-03-01", "[\"10A\"]"), // authorised before the period
        row("b", "2024-09-01", "[\"16A\"]"),
        row("n", "2024-08-01", "[\"10A\"]")); // n was away, not missing
    SqlModels.register(SharedSpark.get(), "intermediate/int_age_bands");
    SqlModels.register(SharedSpark.get(), "intermediate/int_police__missing_episodes");
    SqlModels.register(SharedSpark.get(), "intermediate/int_csc_front_door");
    SqlModels.register(SharedSpark.get(), "intermediate/int_child_care_status_spans");
  }

  @Test
  void m2CountsChildrenWithThreeOrMoreEpisodes() {
    // Reported in the period: a (e1, e2, e3), b (e5), c, d, f, h, k = 7 children; 3 or more: a -> 14.3%.
    assertThat(TidyRow.run("metric_m2_repeat_missing"))
        .containsExactly(new TidyRow("M2", "2024-25", "all", "all", 1L, 7L, 14.3, "percent"));
  }

  @Test
  void m3CountsLookedAfterChildrenWithMissingOrAwayPeriods() {
    List<TidyRow> rows = TidyRow.run("metric_m3_looked_after_missing");

    // Looked after in the period: a, b, f, h, m, n = 6 (g left the day before). With an M or A period
    // starting in it: a, f, h, m, n = 5 -> 83.3%.
    assertThat(TidyRow.headline(rows, "M3"))
        .isEqualTo(new TidyRow("M3", "2024-25", "all", "all", 5L, 6L, 83.3, "percent"));
    // M: a, f, h, m = 4 / 6 = 66.7%; A: a, n = 2 / 6 = 33.3%.
    assertThat(TidyRow.find(rows, "M3", "missing_type", "M").value()).isEqualTo(66.7);
    assertThat(TidyRow.find(rows, "M3", "missing_type", "A").value()).isEqualTo(33.3);
    // Periods starting in the period: a M, a A, f M, h M, m M, n A = 6 over 5 children = 1.20.
    assertThat(TidyRow.headline(rows, "M3_periods"))
        .isEqualTo(new TidyRow("M3_periods", "2024-25", "all", "all", 6L, 5L, 1.2, "ratio"));
  }

  @Test
  void m4CountsInterviewsWithinSeventyTwoHoursExactlyInclusive() {
    List<TidyRow> rows = TidyRow.run("metric_m4_return_interviews");

    // Returned in the period: a 2 May, a 4 June, b 2 April, b 11 September = 4 (c returned 1 April 2025).
    // Within 72 hours: a 2 May (72h exactly) = 1 -> 25.0%; a 4 June took 72h01m.
    assertThat(TidyRow.headline(rows, "M4"))
        .isEqualTo(new TidyRow("M4", "2024-25", "all", "all", 1L, 4L, 25.0, "percent"));
    // Offered: both of a's and b's September one = 3 -> 75.0%; accepted: a's two = 2 -> 50.0%.
    assertThat(TidyRow.headline(rows, "M4_offered").value()).isEqualTo(75.0);
    assertThat(TidyRow.headline(rows, "M4_accepted").value()).isEqualTo(50.0);
  }

  @Test
  void m5MeasuresEpisodesEndedInThePeriodWithTwentyFourHoursNotOver() {
    List<TidyRow> rows = TidyRow.run("metric_m5_missing_duration");

    // Ended in the period: e1 24h, e2 72.02h, e3 12h, e4 72h (reported before the period), e5 25h,
    // e8 8h, e9 2h, e10 2h = 8 (e6 still missing; e7 returned before its report is left out).
    // Over 24h: e2, e4, e5 = 3 -> 37.5% (e1 is exactly 24h); over 72h: e2 = 1 -> 12.5% (e4 is exactly 72h).
    assertThat(TidyRow.headline(rows, "M5"))
        .isEqualTo(new TidyRow("M5", "2024-25", "all", "all", 3L, 8L, 37.5, "percent"));
    assertThat(TidyRow.headline(rows, "M5_over_72h"))
        .isEqualTo(new TidyRow("M5_over_72h", "2024-25", "all", "all", 1L, 8L, 12.5, "percent"));
    // Sorted: 2, 2, 8, 12, 24, 25, 72, 72.02 -> median (12 + 24) / 2 = 18.0 hours.
    assertThat(TidyRow.headline(rows, "M5_median"))
        .isEqualTo(new TidyRow("M5_median", "2024-25", "all", "all", null, 8L, 18.0, "hours"));
  }

  @Test
  void m6CountsMissingChildrenUnknownToChildrensServices() {
    List<TidyRow> rows = TidyRow.run("metric_m6_missing_unknown_to_csc");

    // Missing in the period: a, b, c, d, f, h, k = 7. Known: a, f, h looked after; b has a contact
    // exactly 30 days after e5; k's plan ended the day of e10. Unknown: c, and d (CIN episode closed
    // before e7, referral 35 days before it) = 2 -> 28.6%.
    assertThat(TidyRow.headline(rows, "M6"))
        .isEqualTo(new TidyRow("M6", "2024-25", "all", "all", 2L, 7L, 28.6, "percent"));
    // High-risk subset: b (e5) and c (e6); unknown c -> 1 / 2 = 50.0%.
    assertThat(TidyRow.find(rows, "M6", "risk_grade", "high"))
        .isEqualTo(new TidyRow("M6", "2024-25", "risk_grade", "high", 1L, 2L, 50.0, "percent"));
  }

  @Test
  void m7MatchesPoliceReportsWithinOneDayEitherSide() {
    // M periods starting in the period: a 1 May (report the same day), f 3 October (report 2 days
    // before: unmatched), h 2 December (report 1 day before: matched), m 1 July (none) -> 2 / 4 = 50.0%.
    assertThat(TidyRow.run("metric_m7_903_police_reconciliation"))
        .containsExactly(new TidyRow("M7", "2024-25", "all", "all", 2L, 4L, 50.0, "percent"));
  }

  @Test
  void m8CountsMissingChildrenWithExploitationFactors() {
    List<TidyRow> rows = TidyRow.run("metric_m8_missing_exploitation_factors");

    // Went missing: police a, b, c, d, f, h, k; 903 M a, f, h, m = 8 children (n was only away).
    // Factors in the period: a 11A, m 24A and 13A (c's 10A was authorised before it) = 2 -> 25.0%.
    assertThat(TidyRow.headline(rows, "M8"))
        .isEqualTo(new TidyRow("M8", "2024-25", "all", "all", 2L, 8L, 25.0, "percent"));
    assertThat(TidyRow.find(rows, "M8", "factor", "11A").value()).isEqualTo(12.5);
    assertThat(TidyRow.find(rows, "M8", "factor", "10A").numerator()).isZero();
  }

  @Test
  void aPeriodWithoutRecordsHasNoPercentages() {
    LiteralViews.period("2017-18", "2017-04-01", "2018-03-31", 2017);

    assertThat(TidyRow.run("metric_m2_repeat_missing").get(0).value()).isNull();
    assertThat(TidyRow.headline(TidyRow.run("metric_m3_looked_after_missing"), "M3").value()).isNull();
    assertThat(TidyRow.headline(TidyRow.run("metric_m4_return_interviews"), "M4"))
        .isEqualTo(new TidyRow("M4", "2017-18", "all", "all", 0L, 0L, null, "percent"));
    assertThat(TidyRow.headline(TidyRow.run("metric_m5_missing_duration"), "M5_median").value()).isNull();
    assertThat(TidyRow.headline(TidyRow.run("metric_m6_missing_unknown_to_csc"), "M6").value()).isNull();
    assertThat(TidyRow.run("metric_m7_903_police_reconciliation").get(0).value()).isNull();
    assertThat(TidyRow.headline(TidyRow.run("metric_m8_missing_exploitation_factors"), "M8").value()).isNull();
  }
}
