package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static partnership.metrics.MetricRuns.headline;
import static partnership.metrics.Views.row;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import partnership.reference.ReferenceData;
import partnership.report.MetricCatalogue;
import partnership.report.MetricRow;
import partnership.spark.SharedSpark;

/** The runner: availability, not applicable, calendar range and trends, shown on T2 and T4. */
class MetricsJobTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void aMetricWhoseFileWasNotDeliveredIsNotAvailableNeverZero() {
    List<MetricRow> rows = MetricRuns.run(SPARK, "2024-25", "T2");

    assertThat(rows).containsExactly(new MetricRow("T2", "2024-25", "all", "all", null, null, null,
        "rate_per_10000", MetricRow.NOT_AVAILABLE, "needs csc/cin_census*.xml"));
  }

  @Test
  void withNothingDeliveredEveryMetricNeedingAFileIsNotAvailable() {
    MetricCatalogue catalogue = MetricCatalogue.load();
    MetricsJob job = new MetricsJob(catalogue, ReferenceData.shipped(), MetricRuns.SOLIHULL, MetricSettings.DEFAULT);

    List<MetricRow> rows = job.runPeriod(SPARK, Period.parse("2024-25"));

    // One not_available headline per metric with needs; Q2 and Q3 (no needs) have nothing to count.
    catalogue.metrics().stream().filter(m -> !m.needs().isEmpty()).forEach(m ->
        assertThat(headline(rows, m.id()).status()).as(m.id()).isEqualTo(MetricRow.NOT_AVAILABLE));
    assertThat(headline(rows, "T7").note())
        .isEqualTo("needs police/referrals.csv, health/referrals.csv, csc/contacts.csv, csc/cin_census*.xml");
    assertThat(headline(rows, "Q2").status()).isEqualTo(MetricRow.NOT_APPLICABLE);
    assertThat(rows).noneMatch(r -> r.value() != null && r.value() == 0.0 && !r.metricId().startsWith("Q"));
  }

  @Test
  void ingestsFileCountsBecomeQ1RowsOfTheChosenPeriodInCatalogueOrder() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-04-02", "6", "N1", null, null, false, null, "2025-03-31"));
    MetricCatalogue catalogue = MetricCatalogue.load();
    MetricsJob job = new MetricsJob(
        new MetricCatalogue(List.of(catalogue.find("T2").orElseThrow(), catalogue.find("Q1").orElseThrow())),
        ReferenceData.shipped(), MetricRuns.SOLIHULL, MetricSettings.DEFAULT)
        .withQuality(List.of(QualityMetricsTest.quality("csc/cin_census_2025.xml", "stg_cin__referrals", 4, 3, 1,
            new TreeMap<>(Map.of("8630", 1L)))));

    List<MetricRow> rows = job.runPeriod(SPARK, Period.parse("2024-25"));

    // 3 of 4 rows accepted: 75.0%.
    assertThat(headline(rows, "Q1").value()).isEqualTo(75.0);
    assertThat(rows.get(0).metricId()).isEqualTo("T2");
    assertThat(rows.get(rows.size() - 1).metricId()).isEqualTo("Q1_rule");
  }

  @Test
  void aDenominatorOfZeroIsNotApplicable() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-04-02", "6", "N1", null, null, false, null, "2025-03-31"));
    // No population rows for this area: the rate has no denominator.
    MetricsJob job = new MetricsJob(new MetricCatalogue(List.of(MetricCatalogue.load().find("T2").orElseThrow())),
        ReferenceData.shipped(), "E99999999", MetricSettings.DEFAULT);

    MetricRow t2 = headline(job.runPeriod(SPARK, Period.parse("2024-25")), "T2");

    assertThat(t2).isEqualTo(new MetricRow("T2", "2024-25", "all", "all", 1L, 0L, null, "rate_per_10000",
        MetricRow.NOT_APPLICABLE, "no children aged 0-17"));
  }

  @Test
  void aDateOutsideTheCalendarFailsTheRunNamingIt() {
    stageAnAssessmentStartedBeforeTheCalendar();

    assertThatThrownBy(() -> MetricRuns.run(SPARK, "2017-18", "T4"))
        .hasMessageStartingWith("Cannot count working days for 2017-12-01 (T4 in 2017-18):"
            + " the calendar covers 2018-01-01 to 2027-12-31");
  }

  @Test
  void aDateOutsideTheCalendarMattersOnlyToAMetricThatCountsWorkingDays() {
    stageAnAssessmentStartedBeforeTheCalendar();

    // T2 counts the referral and no working days.
    MetricRow t2 = headline(MetricRuns.run(SPARK, "2017-18", "T2"), "T2");

    assertThat(t2.numerator()).isEqualTo(1L);
  }

  /** c1's referral of 2017-12-01 and its assessment, authorised in 2017-18 but started before 1 January 2018. */
  private static void stageAnAssessmentStartedBeforeTheCalendar() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2017-12-01", "6", "N1", null, null, false, null, "2018-03-31"));
    // The shipped calendar starts on 1 January 2018.
    Views.staging(SPARK, "stg_cin__assessments",
        row("c1", "2017-12-01", "2017-12-20", "2018-01-10", null, "2018-03-31"));
  }

  @Test
  void trendsAreEarlierYearsTheDataCoversAndTheQuartersOfTheYear() {
    // Census files for 2022-23 and 2024-25: the data covers from 1 April 2022.
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2022-05-10", "6", "N1", "2022-06-01", null, false, null, "2023-03-31"),
        row("c2", "2024-11-10", "3A", "N1", null, null, false, null, "2025-03-31"));

    List<MetricRow> rows = MetricRuns.job("T2").run(SPARK, Period.parse("2024-25"));

    assertThat(rows.stream().filter(MetricRow::isHeadline).map(r -> r.period() + "=" + r.numerator()))
        .containsExactly("2024-25=1", "2022-23=1", "2023-24=0", "2024-25-Q1=0", "2024-25-Q2=0",
            "2024-25-Q3=1", "2024-25-Q4=0");
    assertThat(SPARK.catalog().tableExists("stg_cin__assessments")).as("stand-ins are dropped").isFalse();
  }
}
