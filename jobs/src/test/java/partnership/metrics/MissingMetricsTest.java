package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static partnership.metrics.CinCensusRows.assessment;
import static partnership.metrics.CinCensusRows.plan;
import static partnership.metrics.CinCensusRows.referral;
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

/** M2-M8 on one small partnership, reporting year 2024-25 (1 April 2024 to 31 March 2025). */
class MissingMetricsTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void registerPartnership() {
    Views.clear(SPARK);
    // (occurrence_id, child_id, reported_at, last_seen_at, returned_at, risk_grade, is_from_care, birth_month)
    Views.staging(SPARK, "stg_police__missing_episodes",
        row("e1", "a", "2024-05-01T10:00", "2024-05-01T08:00", "2024-05-02T08:00", "low", true, null), // 24h
        row("e2", "a", "2024-06-01T10:00", null, "2024-06-04T10:01", "medium", true, null), // 72h01m from report
        row("e3", "a", "2024-07-01T10:00", "2024-07-01T09:00", "2024-07-01T21:00", "low", true, null), // 12h
        // Reported before the period, returned inside it: 72h exactly (after the clocks went forward at 01:00
        // on 31 March 2024), in M5 but not in M2.
        row("e4", "b", "2024-03-31T22:00", "2024-03-31T20:00", "2024-04-03T20:00", "high", false, null),
        row("e5", "b", "2024-09-10T12:00", null, "2024-09-11T13:00", "high", false, null), // 25h
        row("e6", "c", "2025-03-31T20:00", null, null, "high", false, null), // still missing
        row("e7", "d", "2024-11-05T10:00", null, "2024-11-05T09:00", "low", false, null), // return before report
        row("e8", "f", "2024-10-01T10:00", null, "2024-10-01T18:00", "low", true, null), // 8h
        row("e9", "h", "2024-12-01T23:00", null, "2024-12-02T01:00", "low", true, null), // 2h
        row("e10", "k", "2024-06-15T10:00", "2024-06-15T10:00", "2024-06-15T12:00", "low", false, null)); // 2h
    // (child_id, missing_start_date, returned_at, offered_at, completed_at, is_accepted)
    Views.staging(SPARK, "stg_csc__return_interviews",
        row("a", "2024-05-01", "2024-05-02T08:00", "2024-05-02T09:00", "2024-05-05T08:00", true), // 72h
        row("a", "2024-06-01", "2024-06-04T10:01", "2024-06-04T12:00", "2024-06-07T10:02", true), // 72h01m
        row("b", "2024-03-30", "2024-04-02T20:00", null, null, null),
        row("c", "2025-03-31", "2025-04-01T10:00", "2025-04-01T11:00", null, null), // returned after the period
        row("b", "2024-09-10", "2024-09-11T13:00", "2024-09-11T14:00", null, false));
    // (child_id, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC)
    Views.staging(SPARK, "stg_903__episodes",
        row("a", "2023-01-01", "S", "C2", "N1", "U1", "PR1", null, null),
        row("b", "2024-06-01", "S", "V2", "N1", "U1", "PR1", "2024-08-01", "E11"),
        row("f", "2020-01-01", "S", "C2", "N1", "U1", "PR1", null, null),
        row("g", "2022-01-01", "S", "C2", "N1", "U1", "PR1", "2024-03-31", "E11"), // left the day before
        row("h", "2024-10-01", "S", "C2", "N1", "U1", "PR1", null, null),
        row("m", "2024-06-01", "S", "C2", "N1", "U1", "PR1", null, null),
        row("n", "2024-06-01", "S", "C2", "N1", "U1", "PR1", null, null));
    // (child_id, DOB, MISSING, MIS_START, MIS_END)
    Views.staging(SPARK, "stg_903__missing",
        row("a", "2010-01-01", "M", "2024-03-20", "2024-03-21"), // before the period
        row("a", "2010-01-01", "M", "2024-05-01", "2024-05-02"), // police report e1 the same day
        row("a", "2010-01-01", "A", "2024-08-15", "2024-08-15"),
        row("f", "2010-01-01", "M", "2024-10-03", "2024-10-04"), // police report e8 two days before: unmatched
        row("h", "2010-01-01", "M", "2024-12-02", "2024-12-02"), // police report e9 one day before: matched
        row("m", "2010-01-01", "M", "2024-07-01", "2024-07-02"), // no police report
        row("n", "2010-01-01", "A", "2024-07-01", "2024-07-01")); // away, not missing
    CinCensusRows.register(SPARK,
        List.<Object[]>of(referral("d", "2024-10-01", "N4", "2024-10-03")), // closed, and 35 days before e7
        List.<Object[]>of(plan("k", "2024-01-01", "2024-06-15", "NEG", 0)), // ends the day of e10: known then
        List.of(
            assessment("a", "2024-06-01", "11A"),
            assessment("m", "2024-08-01", "24A", "13A"),
            assessment("c", "2024-03-01", "10A"), // authorised before the period
            assessment("h", "2024-09-01", "16A"), // neglect is not one of M8's factors
            assessment("n", "2024-08-01", "10A"))); // n was away, not missing
    // b's contact exactly 30 days after e5.
    Views.staging(SPARK, "stg_csc__contacts", row("k1", "b", "2024-10-10T09:00", "6", "2024-10-10T10:00", "referral"));
  }

  @Test
  void m2CountsChildrenWithThreeOrMoreEpisodes() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "M2");

    // Reported in the period: a (e1, e2, e3), b (e5), c, d, f, h, k = 7 children; 3 or more: a -> 14.3%.
    assertThat(headline(rows, "M2")).isEqualTo(
        new MetricRow("M2", "2024-25", "all", "all", 1L, 7L, 14.3, "percent", "ok", null));
  }

  @Test
  void m2CountsEachPeriodOnItsOwnWhenComputedTogether() {
    Views.staging(SPARK, "stg_police__missing_episodes",
        row("p1", "a", "2024-04-02T10:00", null, "2024-04-02T12:00", "low", false, null),
        row("p2", "a", "2024-08-02T10:00", null, "2024-08-02T12:00", "low", false, null),
        row("p3", "a", "2025-01-02T10:00", null, "2025-01-02T12:00", "low", false, null),
        row("p4", "b", "2024-05-02T10:00", null, "2024-05-02T12:00", "low", false, null),
        // 23:30 BST on 31 March 2024: a's only 2023-24 episode.
        row("p5", "a", "2024-03-31T23:30", null, "2024-04-01T01:00", "low", false, null),
        row("p6", "c", "2023-05-02T10:00", null, "2023-05-02T12:00", "low", false, null),
        row("p7", "c", "2023-06-02T10:00", null, "2023-06-02T12:00", "low", false, null),
        row("p8", "c", "2023-07-02T10:00", null, "2023-07-02T12:00", "low", false, null),
        row("p9", "d", "2023-08-02T10:00", null, "2023-08-02T12:00", "low", false, null));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "M2");

    // 2024-25: a (p1, p2, p3), b -> 1 / 2 = 50.0%; a's four episodes over both years do not make 2023-24's 3+.
    assertThat(headline(inPeriod(rows, "2024-25"), "M2")).isEqualTo(
        new MetricRow("M2", "2024-25", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    // 2023-24: a (p5), c (p6, p7, p8), d -> 1 / 3 = 33.3%.
    assertThat(headline(inPeriod(rows, "2023-24"), "M2")).isEqualTo(
        new MetricRow("M2", "2023-24", "all", "all", 1L, 3L, 33.3, "percent", "ok", null));
    // 2022-23: no episodes, the headline still there.
    assertThat(headline(inPeriod(rows, "2022-23"), "M2").denominator()).isZero();
    assertThat(headline(inPeriod(rows, "2022-23"), "M2").status()).isEqualTo(MetricRow.NOT_APPLICABLE);
  }

  @Test
  void m3CountsLookedAfterChildrenWithMissingOrAwayPeriods() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "M3");

    // Looked after in the period: a, b, f, h, m, n = 6 (g left the day before). With an M or A period
    // starting in it: a, f, h, m, n = 5 -> 83.3%.
    assertThat(headline(rows, "M3")).isEqualTo(
        new MetricRow("M3", "2024-25", "all", "all", 5L, 6L, 83.3, "percent", "ok", null));
    // M: a, f, h, m = 4 / 6 = 66.7%; A: a, n = 2 / 6 = 33.3%.
    assertThat(row(rows, "M3", "missing_type", "M").value()).isEqualTo(66.7);
    assertThat(row(rows, "M3", "missing_type", "A").value()).isEqualTo(33.3);
    // Periods starting in the period: a M, a A, f M, h M, m M, n A = 6 over 5 children = 1.20.
    assertThat(headline(rows, "M3_periods")).isEqualTo(
        new MetricRow("M3_periods", "2024-25", "all", "all", 6L, 5L, 1.2, "ratio", "ok", null));
  }

  @Test
  void m3CountsEachPeriodOnItsOwnWhenComputedTogether() {
    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "M3");

    // 2024-25 as computed alone.
    assertThat(headline(inPeriod(rows, "2024-25"), "M3")).isEqualTo(
        new MetricRow("M3", "2024-25", "all", "all", 5L, 6L, 83.3, "percent", "ok", null));
    // 2023-24: looked after a (from 2023), f (from 2020), g (left 31 March 2024) = 3; a's M period of
    // 20 March 2024 -> 1 / 3 = 33.3%, all of it M; 1 period over 1 child.
    assertThat(headline(inPeriod(rows, "2023-24"), "M3")).isEqualTo(
        new MetricRow("M3", "2023-24", "all", "all", 1L, 3L, 33.3, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2023-24"), "M3", "missing_type", "M").numerator()).isEqualTo(1L);
    assertThat(row(inPeriod(rows, "2023-24"), "M3", "missing_type", "A").value()).isEqualTo(0.0);
    assertThat(headline(inPeriod(rows, "2023-24"), "M3_periods")).isEqualTo(
        new MetricRow("M3_periods", "2023-24", "all", "all", 1L, 1L, 1.0, "ratio", "ok", null));
    // 2022-23: a, f and g looked after but no period started: 0.0%, and no periods per child.
    assertThat(headline(inPeriod(rows, "2022-23"), "M3")).isEqualTo(
        new MetricRow("M3", "2022-23", "all", "all", 0L, 3L, 0.0, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2022-23"), "M3", "missing_type", "A").denominator()).isEqualTo(3L);
    assertThat(headline(inPeriod(rows, "2022-23"), "M3_periods").status()).isEqualTo(MetricRow.NOT_APPLICABLE);
  }

  @Test
  void m4CountsInterviewsWithinSeventyTwoHoursExactlyInclusive() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "M4");

    // Returned in the period: a 2 May, a 4 June, b 2 April, b 11 September = 4 (c returned 1 April 2025).
    // Within 72 hours: a 2 May (72h exactly) = 1 -> 25.0%; a 4 June took 72h01m.
    assertThat(headline(rows, "M4")).isEqualTo(
        new MetricRow("M4", "2024-25", "all", "all", 1L, 4L, 25.0, "percent", "ok", null));
    // Offered: both of a's and b's September one = 3 -> 75.0%; accepted: a's two = 2 -> 50.0%.
    assertThat(headline(rows, "M4_offered").value()).isEqualTo(75.0);
    assertThat(headline(rows, "M4_accepted").value()).isEqualTo(50.0);
  }

  @Test
  void m4CountsEachPeriodOnItsOwnWhenComputedTogether() {
    // (child_id, missing_start_date, returned_at, offered_at, completed_at, is_accepted)
    Views.staging(SPARK, "stg_csc__return_interviews",
        row("a", "2024-05-01", "2024-05-02T08:00", "2024-05-02T09:00", "2024-05-04T08:00", true), // 48h
        row("b", "2024-09-10", "2024-09-11T13:00", "2024-09-11T14:00", null, false),
        row("c", "2023-05-31", "2023-06-01T10:00", "2023-06-01T11:00", "2023-06-03T10:00", true), // 48h
        row("d", "2023-06-30", "2023-07-01T10:00", null, null, null),
        // Completed in 2024-25, 95 hours later (the clocks went forward): late, and counted in 2023-24.
        row("e", "2024-03-29", "2024-03-30T10:00", "2024-03-30T12:00", "2024-04-03T10:00", true));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "M4");

    // 2024-25: a in time, b not -> 1 / 2; both offered -> 100.0%; a accepted -> 50.0%.
    assertThat(headline(inPeriod(rows, "2024-25"), "M4")).isEqualTo(
        new MetricRow("M4", "2024-25", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(headline(inPeriod(rows, "2024-25"), "M4_offered").value()).isEqualTo(100.0);
    assertThat(headline(inPeriod(rows, "2024-25"), "M4_accepted").value()).isEqualTo(50.0);
    // 2023-24: c in time, d and e not -> 1 / 3; c and e offered and accepted -> 66.7%.
    assertThat(headline(inPeriod(rows, "2023-24"), "M4")).isEqualTo(
        new MetricRow("M4", "2023-24", "all", "all", 1L, 3L, 33.3, "percent", "ok", null));
    assertThat(headline(inPeriod(rows, "2023-24"), "M4_offered").value()).isEqualTo(66.7);
    assertThat(headline(inPeriod(rows, "2023-24"), "M4_accepted").value()).isEqualTo(66.7);
    // 2022-23: no return, every headline 0 / 0.
    for (String id : List.of("M4", "M4_offered", "M4_accepted")) {
      assertThat(headline(inPeriod(rows, "2022-23"), id).denominator()).as(id).isZero();
      assertThat(headline(inPeriod(rows, "2022-23"), id).status()).as(id).isEqualTo(MetricRow.NOT_APPLICABLE);
    }
  }

  @Test
  void m5MeasuresEpisodesEndedInThePeriodWithTwentyFourHoursNotOver() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "M5");

    // Ended in the period: e1 24h, e2 72.02h, e3 12h, e4 72h (reported before the period), e5 25h,
    // e8 8h, e9 2h, e10 2h = 8 (e6 still missing; e7 returned before its report is left out).
    // Over 24h: e2, e4, e5 = 3 -> 37.5% (e1 is exactly 24h); over 72h: e2 = 1 -> 12.5% (e4 is exactly 72h).
    assertThat(headline(rows, "M5")).isEqualTo(
        new MetricRow("M5", "2024-25", "all", "all", 3L, 8L, 37.5, "percent", "ok", null));
    assertThat(headline(rows, "M5_over_72h").numerator()).isEqualTo(1L);
    assertThat(headline(rows, "M5_over_72h").value()).isEqualTo(12.5);
    // Sorted: 2, 2, 8, 12, 24, 25, 72, 72.02 -> median (12 + 24) / 2 = 18.0 hours.
    assertThat(headline(rows, "M5_median")).isEqualTo(
        new MetricRow("M5_median", "2024-25", "all", "all", null, 8L, 18.0, "hours", "ok", null));
  }

  @Test
  void m5MeasuresElapsedHoursAcrossTheClocksGoingBack() {
    Views.clear(SPARK);
    // Clocks go back at 02:00 BST on 27 October 2024: 23h30 on the wall clock, 24h30 elapsed.
    Views.staging(SPARK, "stg_police__missing_episodes",
        row("e1", "a", "2024-10-26T21:00", "2024-10-26T20:00", "2024-10-27T19:30", "low", false, null));

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "M5");

    assertThat(headline(rows, "M5").numerator()).isEqualTo(1L);
    assertThat(headline(rows, "M5_median").value()).isEqualTo(24.5);
  }

  @Test
  void m5CountsEachPeriodOnItsOwnWhenComputedTogether() {
    Views.staging(SPARK, "stg_police__missing_episodes",
        row("q1", "a", "2024-05-01T10:00", "2024-05-01T08:00", "2024-05-02T10:00", "low", false, null), // 26h
        row("q2", "b", "2024-06-01T10:00", null, "2024-06-01T20:00", "low", false, null), // 10h
        row("q3", "c", "2024-07-01T10:00", null, "2024-07-05T10:00", "low", false, null), // 96h
        row("q4", "d", "2023-06-01T10:00", null, "2023-06-01T14:00", "low", false, null), // 4h
        row("q5", "e", "2023-08-01T10:00", null, "2023-08-01T22:00", "low", false, null), // 12h
        // Reported in 2022-23, ended in 2023-24: 48h, in 2023-24 only.
        row("q6", "f", "2023-03-30T10:00", null, "2023-04-01T10:00", "low", false, null));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "M5");

    // 2024-25: 10, 26, 96 -> over 24h 2 / 3 = 66.7%, over 72h 1 / 3 = 33.3%, median 26.0.
    assertThat(headline(inPeriod(rows, "2024-25"), "M5")).isEqualTo(
        new MetricRow("M5", "2024-25", "all", "all", 2L, 3L, 66.7, "percent", "ok", null));
    assertThat(headline(inPeriod(rows, "2024-25"), "M5_over_72h").value()).isEqualTo(33.3);
    assertThat(headline(inPeriod(rows, "2024-25"), "M5_median").value()).isEqualTo(26.0);
    // 2023-24: 4, 12, 48 -> over 24h 1 / 3 = 33.3%, over 72h 0 / 3 = 0.0%, median 12.0.
    assertThat(headline(inPeriod(rows, "2023-24"), "M5")).isEqualTo(
        new MetricRow("M5", "2023-24", "all", "all", 1L, 3L, 33.3, "percent", "ok", null));
    assertThat(headline(inPeriod(rows, "2023-24"), "M5_over_72h").value()).isEqualTo(0.0);
    assertThat(headline(inPeriod(rows, "2023-24"), "M5_median")).isEqualTo(
        new MetricRow("M5_median", "2023-24", "all", "all", null, 3L, 12.0, "hours", "ok", null));
    // 2022-23: q6 was reported in it but ended after it: nothing ended.
    for (String id : List.of("M5", "M5_over_72h", "M5_median")) {
      assertThat(headline(inPeriod(rows, "2022-23"), id).denominator()).as(id).isZero();
      assertThat(headline(inPeriod(rows, "2022-23"), id).status()).as(id).isEqualTo(MetricRow.NOT_APPLICABLE);
    }
  }

  @Test
  void m6CountsMissingChildrenUnknownToChildrensServices() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "M6");

    // Missing in the period: a, b, c, d, f, h, k = 7. Known: a, f, h looked after; b has a contact
    // exactly 30 days after e5; k's plan ended the day of e10. Unknown: c (its assessment's episode
    // closed a year before e6), and d (CIN episode closed before e7, referral 35 days before it) -> 28.6%.
    assertThat(headline(rows, "M6")).isEqualTo(
        new MetricRow("M6", "2024-25", "all", "all", 2L, 7L, 28.6, "percent", "ok", null));
    // High-risk subset: b (e5) and c (e6); unknown c -> 1 / 2 = 50.0%.
    assertThat(row(rows, "M6", "risk_grade", "high")).isEqualTo(
        new MetricRow("M6", "2024-25", "risk_grade", "high", 1L, 2L, 50.0, "percent", "ok", null));
  }

  @Test
  void m6CountsEachPeriodOnItsOwnWhenComputedTogether() {
    Views.staging(SPARK, "stg_police__missing_episodes",
        row("x1", "a", "2024-05-01T10:00", null, "2024-05-01T12:00", "low", true, null), // looked after
        row("x2", "d", "2024-11-05T10:00", null, "2024-11-05T12:00", "high", false, null), // unknown, as above
        row("x3", "k", "2024-02-01T10:00", null, "2024-02-01T12:00", "high", false, null), // on a plan
        row("x4", "g", "2023-09-01T10:00", null, "2023-09-01T12:00", "low", true, null), // looked after
        row("x5", "z", "2023-12-01T10:00", null, "2023-12-01T12:00", "high", false, null), // no record
        row("x6", "a", "2023-05-01T10:00", null, "2023-05-01T12:00", "low", true, null)); // looked after

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "M6");

    // 2024-25: a, d; unknown d -> 1 / 2 = 50.0%; high d 1 / 1; low a 0 / 1.
    assertThat(headline(inPeriod(rows, "2024-25"), "M6")).isEqualTo(
        new MetricRow("M6", "2024-25", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2024-25"), "M6", "risk_grade", "high").value()).isEqualTo(100.0);
    assertThat(row(inPeriod(rows, "2024-25"), "M6", "risk_grade", "low").value()).isEqualTo(0.0);
    // 2023-24: k, g, z, a; unknown z -> 1 / 4 = 25.0%; high k, z -> 1 / 2 = 50.0%; low g, a -> 0 / 2.
    assertThat(headline(inPeriod(rows, "2023-24"), "M6")).isEqualTo(
        new MetricRow("M6", "2023-24", "all", "all", 1L, 4L, 25.0, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2023-24"), "M6", "risk_grade", "high")).isEqualTo(
        new MetricRow("M6", "2023-24", "risk_grade", "high", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2023-24"), "M6", "risk_grade", "low").denominator()).isEqualTo(2L);
    // 2022-23: no episode: the headline alone, 0 / 0.
    assertThat(inPeriod(rows, "2022-23")).singleElement().satisfies(empty -> {
      assertThat(empty.isHeadline()).isTrue();
      assertThat(empty.denominator()).isZero();
      assertThat(empty.status()).isEqualTo(MetricRow.NOT_APPLICABLE);
    });
  }

  @Test
  void m7MatchesPoliceReportsWithinOneDayEitherSide() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "M7");

    // M periods starting in the period: a 1 May (report the same day), f 3 October (report 2 days
    // before: unmatched), h 2 December (report 1 day before: matched), m 1 July (none) -> 2 / 4 = 50.0%.
    assertThat(headline(rows, "M7")).isEqualTo(
        new MetricRow("M7", "2024-25", "all", "all", 2L, 4L, 50.0, "percent", "ok", null));
  }

  @Test
  void m7CountsEachPeriodOnItsOwnWhenComputedTogether() {
    // (child_id, DOB, MISSING, MIS_START, MIS_END)
    Views.staging(SPARK, "stg_903__missing",
        row("a", "2010-01-01", "M", "2024-05-01", "2024-05-02"), // police report e1 the same day
        row("f", "2010-01-01", "M", "2024-10-03", "2024-10-04"), // police report e8 two days before
        row("m", "2010-01-01", "M", "2024-07-01", "2024-07-02"), // no police report
        row("n", "2010-01-01", "A", "2024-07-01", "2024-07-01"), // away, not missing
        row("a", "2010-01-01", "M", "2024-03-20", "2024-03-21"), // no police report
        row("b", "2010-01-01", "M", "2024-03-31", "2024-03-31")); // police report e4 the day before

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "M7");

    // 2024-25: a matched; f, m unmatched -> 2 / 3 = 66.7%. 2023-24: a unmatched, b matched -> 1 / 2.
    assertThat(headline(inPeriod(rows, "2024-25"), "M7")).isEqualTo(
        new MetricRow("M7", "2024-25", "all", "all", 2L, 3L, 66.7, "percent", "ok", null));
    assertThat(headline(inPeriod(rows, "2023-24"), "M7")).isEqualTo(
        new MetricRow("M7", "2023-24", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(headline(inPeriod(rows, "2022-23"), "M7").denominator()).isZero();
    assertThat(headline(inPeriod(rows, "2022-23"), "M7").status()).isEqualTo(MetricRow.NOT_APPLICABLE);
  }

  @Test
  void m8CountsMissingChildrenWithExploitationFactors() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "M8");

    // Went missing: police a, b, c, d, f, h, k; 903 M a, f, h, m = 8 children (n was only away).
    // Factors in the period: a 11A, m 24A and 13A (c's 10A was authorised before it) = 2 -> 25.0%.
    assertThat(headline(rows, "M8")).isEqualTo(
        new MetricRow("M8", "2024-25", "all", "all", 2L, 8L, 25.0, "percent", "ok", null));
    assertThat(row(rows, "M8", "factor", "11A").value()).isEqualTo(12.5);
    assertThat(row(rows, "M8", "factor", "10A").numerator()).isZero();
  }

  @Test
  void m8CountsEachPeriodOnItsOwnWhenComputedTogether() {
    CinCensusRows.register(SPARK, List.of(), List.of(),
        List.of(
            assessment("a", "2024-06-01", "11A"),
            assessment("m", "2024-08-01", "24A", "13A"),
            assessment("b", "2024-01-15", "10A", "11A"), // 2023-24: not b's factors in 2024-25
            assessment("a", "2023-06-01", "16A"))); // neglect is not one of M8's factors

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "M8");

    // 2024-25 as computed alone: a, m of 8 children -> 25.0%.
    assertThat(headline(inPeriod(rows, "2024-25"), "M8")).isEqualTo(
        new MetricRow("M8", "2024-25", "all", "all", 2L, 8L, 25.0, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2024-25"), "M8", "factor", "10A").numerator()).isZero();
    // 2023-24: went missing b (police e4) and a (903 M, 20 March 2024) = 2; b with 10A and 11A -> 50.0%.
    assertThat(headline(inPeriod(rows, "2023-24"), "M8")).isEqualTo(
        new MetricRow("M8", "2023-24", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(row(inPeriod(rows, "2023-24"), "M8", "factor", "10A").value()).isEqualTo(50.0);
    assertThat(row(inPeriod(rows, "2023-24"), "M8", "factor", "24A").numerator()).isZero();
    // 2022-23: nobody went missing: the headline and the four factors, each 0 / 0.
    assertThat(inPeriod(rows, "2022-23")).hasSize(5).allSatisfy(empty -> {
      assertThat(empty.denominator()).isZero();
      assertThat(empty.status()).isEqualTo(MetricRow.NOT_APPLICABLE);
    });
  }

  @Test
  void aPeriodWithoutRecordsIsNotApplicable() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2018-19", "M2", "M3", "M4", "M5", "M6", "M7", "M8");

    for (String id : List.of("M2", "M3", "M4", "M5", "M5_median", "M6", "M7", "M8")) {
      assertThat(headline(rows, id).denominator()).as(id).isZero();
      assertThat(headline(rows, id).status()).as(id).isEqualTo(MetricRow.NOT_APPLICABLE);
      assertThat(headline(rows, id).value()).as(id).isNull();
    }
  }
}
