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

class MetricT1ContactDecisionsTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void decidedWithinOneWorkingDayOverBankHolidaysAndWeekends() {
    Views.staging(SPARK, "stg_csc__contacts",
        // Tue 24 Dec to Fri 27 Dec 2024: Christmas and Boxing Day are holidays, 1 working day.
        row("k1", "c1", "2024-12-24T16:00", "6", "2024-12-27T09:00", "referral"),
        // Friday to Monday: 1.
        row("k2", "c2", "2024-06-07T17:30", "6", "2024-06-10T09:00", "early_help"),
        // Friday to Tuesday: 2, late.
        row("k3", "c3", "2024-06-07T10:00", "6", "2024-06-11T09:00", "referral"),
        // Fri 3 May to Tue 7 May 2024 over the early May bank holiday: 1.
        row("k4", "c4", "2024-05-03T10:00", "1A", "2024-05-07T09:00", "no_further_action"),
        // Same day: 0.
        row("k5", "c5", "2024-07-01T09:00", "1A", "2024-07-01T17:00", "information_advice"),
        // Fri 23 Aug to Tue 27 Aug 2024 over the summer bank holiday: 1.
        row("k10", "c10", "2024-08-23T12:00", "1A", "2024-08-27T12:00", "referral"),
        // Decided before it was received: left out of the rate.
        row("k6", "c6", "2024-07-02T09:00", "1A", "2024-07-01T09:00", "referral"),
        // Awaiting a decision at the period end: no decision, and a decision after 31 March 2025.
        row("k7", "c7", "2025-03-30T09:00", "1A", null, null),
        row("k8", "c8", "2025-03-31T09:00", "1A", "2025-04-01T09:00", "referral"),
        // Received in 2023-24.
        row("k9", "c9", "2024-03-31T09:00", "1A", "2024-04-01T09:00", "referral"));

    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "T1");

    // Decided by the period end and timed: k1, k2, k3, k4, k5, k10 = 6; within 1 working day all but k3 = 5.
    assertThat(headline(rows, "T1"))
        .isEqualTo(new MetricRow("T1", "2024-25", "all", "all", 5L, 6L, 83.3, "percent", "ok", null));
    // Police (source 6): k1, k2 of k1, k2, k3.
    assertThat(row(rows, "T1", "source_partner", "police").value()).isEqualTo(66.7);
    assertThat(row(rows, "T1", "volume", "received").numerator()).isEqualTo(9L);
    assertThat(row(rows, "T1", "volume", "awaiting_decision_at_period_end").numerator()).isEqualTo(2L);
    assertThat(row(rows, "T1", "data_quality", "decided_before_received").numerator()).isEqualTo(1L);
  }

  @Test
  void eachPeriodCountsItsOwnContactsAndAnEmptyPeriodStillHasItsHeadline() {
    Views.staging(SPARK, "stg_csc__contacts",
        // 2024-25: Monday to Tuesday, 1 working day; Monday to Wednesday, 2; awaiting at 31 March 2025.
        row("a1", "c1", "2024-06-03T09:00", "6", "2024-06-04T09:00", "referral"),
        row("a2", "c2", "2024-06-03T09:00", "1A", "2024-06-05T09:00", "referral"),
        row("a3", "c3", "2025-03-31T09:00", "1A", null, null),
        // 2023-24: Friday to Monday, 1; decided Tuesday 2 April 2024, after 2023-24 ends, so awaiting at its
        // end (and not a 2024-25 contact: received in 2023-24); decided before it was received.
        row("b1", "c4", "2023-06-02T10:00", "6", "2023-06-05T09:00", "referral"),
        row("b2", "c5", "2024-03-28T09:00", "1A", "2024-04-02T09:00", "referral"),
        row("b3", "c6", "2023-07-03T09:00", "1A", "2023-07-01T09:00", "referral"));

    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "T1");

    // 2024-25: a1 and a2 timed, a1 within 1 working day: 1 / 2.
    List<MetricRow> latest = inPeriod(rows, "2024-25");
    assertThat(headline(latest, "T1"))
        .isEqualTo(new MetricRow("T1", "2024-25", "all", "all", 1L, 2L, 50.0, "percent", "ok", null));
    assertThat(row(latest, "T1", "source_partner", "individuals").value()).isEqualTo(0.0);
    assertThat(row(latest, "T1", "volume", "received").numerator()).isEqualTo(3L);
    assertThat(row(latest, "T1", "volume", "awaiting_decision_at_period_end").numerator()).isEqualTo(1L);
    assertThat(row(latest, "T1", "data_quality", "decided_before_received").numerator()).isEqualTo(0L);
    // 2023-24: b1 alone is timed (b2 awaiting, b3 data quality), so no individuals row.
    List<MetricRow> earlier = inPeriod(rows, "2023-24");
    assertThat(headline(earlier, "T1"))
        .isEqualTo(new MetricRow("T1", "2023-24", "all", "all", 1L, 1L, 100.0, "percent", "ok", null));
    assertThat(earlier).noneMatch(r -> r.breakdownValue().equals("individuals"));
    assertThat(row(earlier, "T1", "volume", "received").numerator()).isEqualTo(3L);
    assertThat(row(earlier, "T1", "volume", "awaiting_decision_at_period_end").numerator()).isEqualTo(1L);
    assertThat(row(earlier, "T1", "data_quality", "decided_before_received").numerator()).isEqualTo(1L);
    // 2022-23 has no contacts: the headline and volumes only, all 0.
    assertThat(inPeriod(rows, "2022-23")).containsExactly(
        new MetricRow("T1", "2022-23", "all", "all", 0L, 0L, null, "percent", "not_applicable",
            "no contacts received in the period with a decision"),
        new MetricRow("T1", "2022-23", "data_quality", "decided_before_received", 0L, null, 0.0, "count", "ok",
            null),
        new MetricRow("T1", "2022-23", "volume", "awaiting_decision_at_period_end", 0L, null, 0.0, "count", "ok",
            null),
        new MetricRow("T1", "2022-23", "volume", "received", 0L, null, 0.0, "count", "ok", null));
  }

  @Test
  void contactsNotDeliveredAreNotAvailable() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-04-02", "6", "N1", null, null, false, null, "2025-03-31"));

    assertThat(headline(MetricRuns.run(SPARK, "2024-25", "T1"), "T1")).isEqualTo(new MetricRow("T1", "2024-25",
        "all", "all", null, null, null, "percent", "not_available", "needs csc/contacts.csv"));
  }
}
