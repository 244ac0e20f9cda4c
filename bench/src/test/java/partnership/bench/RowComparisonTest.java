package partnership.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import partnership.report.MetricRow;

class RowComparisonTest {

  private static MetricRow row(String metricId, String period, String breakdown, String value, Long numerator,
      Long denominator, Double figure) {
    return new MetricRow(metricId, period, breakdown, value, numerator, denominator, figure, "percent", "ok", "");
  }

  private static final MetricRow T4_ALL = row("T4", "2024-25", "all", "all", 85L, 100L, 85.0);
  private static final MetricRow T4_BAND = row("T4", "2024-25", "band", "1-10", 20L, 100L, 20.0);
  private static final MetricRow T4_MEDIAN = row("T4_median", "2024-25", "all", "all", null, 100L, 31.5);
  private static final MetricRow M6_ALL = row("M6", "2024-25", "all", "all", 3L, 40L, 7.5);

  /** What printAndCheck printed, and what it returned, as "true" or "false" on the last line. */
  private static String printed(RowComparison comparison) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean identical = comparison.printAndCheck(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8) + identical;
  }

  @Test
  void sourcesHoldingTheSameRowsAreIdenticalWhateverTheirOrder() {
    String printed = printed(new RowComparison(List.of("T4", "M6"), "2024-25")
        .with("metrics.csv", List.of(T4_ALL, T4_BAND, T4_MEDIAN, M6_ALL))
        .with("duckdb", List.of(M6_ALL, T4_MEDIAN, T4_BAND, T4_ALL)));

    assertThat(printed).isEqualTo("""
        headline T4 metrics.csv=85/100 = 85.0 duckdb=85/100 = 85.0
        rows T4 metrics.csv=3 duckdb=3 identical
        headline M6 metrics.csv=3/40 = 7.5 duckdb=3/40 = 7.5
        rows M6 metrics.csv=1 duckdb=1 identical
        true""");
  }

  @Test
  void aFigureThatDiffersInOneSourceMakesItsMetricDifferentAndIsShown() {
    MetricRow bandOneMore = row("T4", "2024-25", "band", "1-10", 21L, 100L, 21.0);

    String printed = printed(new RowComparison(List.of("T4"), "2024-25")
        .with("metrics.csv", List.of(T4_ALL, T4_BAND))
        .with("spark", List.of(T4_ALL, T4_BAND))
        .with("duckdb", List.of(T4_ALL, bandOneMore)));

    assertThat(printed).isEqualTo("""
        headline T4 metrics.csv=85/100 = 85.0 spark=85/100 = 85.0 duckdb=85/100 = 85.0
        rows T4 metrics.csv=2 spark=2 duckdb=2 DIFFERENT
          T4 band=1-10 metrics.csv=20/100 = 20.0 spark=20/100 = 20.0 duckdb=21/100 = 21.0
        false""");
  }

  @Test
  void aRowOneSourceLacksIsAbsentThereAndDiffers() {
    String printed = printed(new RowComparison(List.of("T4"), "2024-25")
        .with("spark", List.of(T4_ALL, T4_MEDIAN))
        .with("duckdb", List.of(T4_ALL)));

    assertThat(printed).contains("rows T4 spark=2 duckdb=1 DIFFERENT")
        .contains("  T4_median all=all spark=null/100 = 31.5 duckdb=absent")
        .endsWith("false");
  }

  @Test
  void rowsOfOtherPeriodsAndOfMetricsNotBenchmarkedAreLeftOut() {
    MetricRow t4LastYear = row("T4", "2023-24", "all", "all", 1L, 2L, 50.0);
    MetricRow t1 = row("T1", "2024-25", "all", "all", 1L, 2L, 50.0);

    String printed = printed(new RowComparison(List.of("T4"), "2024-25")
        .with("metrics.csv", List.of(T4_ALL, t4LastYear, t1))
        .with("spark", List.of(T4_ALL)));

    assertThat(printed).contains("rows T4 metrics.csv=1 spark=1 identical").endsWith("true");
  }

  @Test
  void aSourceHoldingARowTwiceCannotBeCompared() {
    RowComparison comparison = new RowComparison(List.of("T4"), "2024-25");

    assertThatThrownBy(() -> comparison.with("spark", List.of(T4_ALL, T4_ALL)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot compare spark: it holds row T4 all=all twice");
  }

  @Test
  void aSuffixedIdBelongsToItsCatalogueMetric() {
    assertThat(new RowKey("T4_median", "all", "all").metric()).isEqualTo("T4");
    assertThat(new RowKey("T4r", "all", "all").metric()).isEqualTo("T4");
    assertThat(new RowKey("M6", "risk_grade", "high").metric()).isEqualTo("M6");
  }
}
