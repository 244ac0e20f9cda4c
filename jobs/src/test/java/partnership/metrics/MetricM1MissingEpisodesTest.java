package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static partnership.metrics.LiteralViews.row;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import partnership.spark.SharedSpark;

class MetricM1MissingEpisodesTest {

  @BeforeEach
  void registerEpisodes() {
    LiteralViews.dropAll();
    LiteralViews.spine(row("child-b", "2008-05-01"));
    PartnerRows.missingEpisodes(
        // 00:30 BST on 1 April is still 31 March in UTC: the period is in local time.
        row("e1", "child-a", "2024-04-01T00:30", null, "2024-04-01T10:00", "high", "N", "2010-01-01"),
        row("e2", "child-a", "2024-06-10T10:00", "2024-06-10T08:00", "2024-06-11T10:00", "medium", "N", "2010-01-01"),
        row("e3", "child-b", "2025-03-31T23:30", null, null, "high", "Y", null),
        // Starts before the period and ends inside it: reported before, so not in M1.
        row("e4", "child-b", "2024-03-30T22:00", null, "2024-04-02T09:00", "low", "Y", null),
        row("e5", "child-c", "2025-04-01T00:10", null, null, "low", "N", null),
        row("e6", "child-c", "2024-12-01T12:00", null, "2024-12-01T20:00", "low", "N", null));
    SqlModels.register(SharedSpark.get(), "intermediate/int_age_bands");
    SqlModels.register(SharedSpark.get(), "intermediate/int_police__missing_episodes");
  }

  @Test
  void episodesPerChildCountsEpisodesReportedInThePeriod() {
    LiteralViews.period("2024-25", "2024-04-01", "2025-03-31", 2024);

    List<TidyRow> rows = TidyRow.run("metric_m1_missing_episodes");

    // e1, e2 (child-a), e3 (child-b), e6 (child-c): 4 episodes, 3 children, 4 / 3 = 1.33.
    assertThat(TidyRow.headline(rows, "M1"))
        .isEqualTo(new TidyRow("M1", "2024-25", "all", "all", 4L, 3L, 1.33, "ratio"));
    // high: e1 (child-a) and e3 (child-b); low: e6 only, e4 and e5 are outside the period.
    assertThat(TidyRow.find(rows, "M1", "risk_grade", "high").numerator()).isEqualTo(2L);
    assertThat(TidyRow.find(rows, "M1", "risk_grade", "high").denominator()).isEqualTo(2L);
    assertThat(TidyRow.find(rows, "M1", "risk_grade", "low").numerator()).isEqualTo(1L);
    // child-a born 2010-01 is 14 at both reports: 2 episodes, 1 child, ratio 2.00.
    assertThat(TidyRow.find(rows, "M1", "age_band", "10-15"))
        .isEqualTo(new TidyRow("M1", "2024-25", "age_band", "10-15", 2L, 1L, 2.0, "ratio"));
    // child-b's age comes from the spine (born 2008-05): 16 on 31 March 2025.
    assertThat(TidyRow.find(rows, "M1", "age_band", "16-17").numerator()).isEqualTo(1L);
    // child-c has no birth month anywhere.
    assertThat(TidyRow.find(rows, "M1", "age_band", "unknown").numerator()).isEqualTo(1L);
  }

  @Test
  void aPeriodWithoutEpisodesHasNoRatio() {
    LiteralViews.period("2022-23", "2022-04-01", "2023-03-31", 2022);

    List<TidyRow> rows = TidyRow.run("metric_m1_missing_episodes");

    assertThat(rows).containsExactly(new TidyRow("M1", "2022-23", "all", "all", 0L, 0L, null, "ratio"));
  }
}
