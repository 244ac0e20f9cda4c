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

class MetricM1MissingEpisodesTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void registerEpisodes() {
    Views.clear(SPARK);
    Views.staging(SPARK, "stg_cin__children", row("child-b", "2008-05-17", "F", "WBRI", "2025-03-31"));
    Views.staging(SPARK, "stg_police__missing_episodes",
        // 00:30 BST on 1 April is still 31 March in UTC: the period is in local time.
        row("e1", "child-a", "2024-04-01T00:30", null, "2024-04-01T10:00", "high", false, "2010-01-01"),
        row("e2", "child-a", "2024-06-10T10:00", "2024-06-10T08:00", "2024-06-11T10:00", "medium", false,
            "2010-01-01"),
        row("e3", "child-b", "2025-03-31T23:30", null, null, "high", true, null),
        // Starts before the period and ends inside it: reported before, so not in M1.
        row("e4", "child-b", "2024-03-30T22:00", null, "2024-04-02T09:00", "low", true, null),
        row("e5", "child-c", "2025-04-01T00:10", null, null, "low", false, null),
        row("e6", "child-c", "2024-12-01T12:00", null, "2024-12-01T20:00", "low", false, null));
  }

  @Test
  void episodesPerChildCountsEpisodesReportedInThePeriod() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "M1");

    // e1, e2 (child-a), e3 (child-b), e6 (child-c): 4 episodes, 3 children, 4 / 3 = 1.33.
    assertThat(headline(rows, "M1")).isEqualTo(
        new MetricRow("M1", "2024-25", "all", "all", 4L, 3L, 1.33, "ratio", "ok", null));
    // high: e1 (child-a) and e3 (child-b); low: e6 only, e4 and e5 are outside the period.
    assertThat(row(rows, "M1", "risk_grade", "high").numerator()).isEqualTo(2L);
    assertThat(row(rows, "M1", "risk_grade", "high").denominator()).isEqualTo(2L);
    assertThat(row(rows, "M1", "risk_grade", "low").numerator()).isEqualTo(1L);
    // child-a, born 2010-01 by the police, is 14 at both reports: 2 episodes, 1 child, ratio 2.00.
    assertThat(row(rows, "M1", "age_band", "10-15")).isEqualTo(
        new MetricRow("M1", "2024-25", "age_band", "10-15", 2L, 1L, 2.0, "ratio", "ok", null));
    // child-b, born 2008-05 by the CIN census, is 16 on 31 March 2025.
    assertThat(row(rows, "M1", "age_band", "16-17").numerator()).isEqualTo(1L);
    // child-c has no birth month anywhere.
    assertThat(row(rows, "M1", "age_band", "unknown").numerator()).isEqualTo(1L);
    // Sex and ethnicity come from the CIN census (child-b, F, WBRI); the police hold neither:
    // child-a and child-c, 3 episodes over 2 children = 1.50.
    assertThat(row(rows, "M1", "sex", "F").numerator()).isEqualTo(1L);
    assertThat(row(rows, "M1", "sex", "unknown").value()).isEqualTo(1.5);
    assertThat(row(rows, "M1", "ethnic_group", "white").denominator()).isEqualTo(1L);
  }

  @Test
  void eachPeriodCountsItsOwnEpisodesWhenComputedTogether() {
    List<MetricRow> rows = MetricRuns.runPeriods(SPARK, List.of("2024-25", "2023-24", "2022-23"), "M1");

    // 2024-25 as computed alone: 4 episodes, 3 children.
    assertThat(headline(inPeriod(rows, "2024-25"), "M1")).isEqualTo(
        new MetricRow("M1", "2024-25", "all", "all", 4L, 3L, 1.33, "ratio", "ok", null));
    // 2023-24: e4 alone (child-b, low, 15 on 30 March 2024).
    assertThat(headline(inPeriod(rows, "2023-24"), "M1")).isEqualTo(
        new MetricRow("M1", "2023-24", "all", "all", 1L, 1L, 1.0, "ratio", "ok", null));
    assertThat(row(inPeriod(rows, "2023-24"), "M1", "risk_grade", "low").numerator()).isEqualTo(1L);
    assertThat(row(inPeriod(rows, "2023-24"), "M1", "age_band", "10-15").numerator()).isEqualTo(1L);
    // 2022-23: no episode: the headline alone, as computed alone.
    assertThat(inPeriod(rows, "2022-23")).singleElement().satisfies(empty -> {
      assertThat(empty.numerator()).isZero();
      assertThat(empty.status()).isEqualTo(MetricRow.NOT_APPLICABLE);
    });
  }

  @Test
  void aPeriodWithoutEpisodesIsNotApplicable() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2022-23", "M1");

    assertThat(rows).hasSize(1);
    assertThat(headline(rows, "M1").numerator()).isZero();
    assertThat(headline(rows, "M1").status()).isEqualTo(MetricRow.NOT_APPLICABLE);
    assertThat(headline(rows, "M1").value()).isNull();
  }
}
