package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import partnership.contract.Contracts;
import partnership.generate.GeneratorOptions;
import partnership.generate.PartnershipGenerator;
import partnership.ingest.IngestJob;
import partnership.io.Folders;
import partnership.link.Link;
import partnership.pipeline.Progress;
import partnership.reference.ReferenceData;
import partnership.report.MetricCatalogue;
import partnership.report.MetricRow;
import partnership.spark.SharedSpark;

/**
 * Every metric model computes all the run's periods in one query (the {@code period} view holds one row per
 * period): each period's rows are those the model gives for that period alone, and a period with no data at
 * all still has every metric's headline row. Shown on a small generated partnership with every file.
 */
class AllPeriodsAtOnceTest {

  private static final SparkSession SPARK = SharedSpark.get();
  private static final Period YEAR = Period.parse("2024-25");
  private static final Period QUARTER = Period.parse("2024-25-Q3");
  /** Before anything the generator writes (two years ending 31 March 2025). */
  private static final Period EMPTY = Period.parse("2019-20");

  private static Path work;
  private static List<MetricRow> together;

  @BeforeAll
  static void runAllPeriodsTogether() throws IOException {
    work = Files.createTempDirectory("all-periods");
    Path input = work.resolve("input");
    new PartnershipGenerator(new GeneratorOptions(input, 7, 800, 2, LocalDate.of(2025, 3, 31), "E08000029", "334",
        "All Periods Test", 0.002)).generate(line -> { });
    Views.clear(SPARK);
    IngestJob.Result ingest = IngestJob.run(input, work.resolve("out"), Contracts.load(),
        LocalDate.of(2025, 6, 1), new Progress(true));
    Link.run(SPARK, ingest.stagedTables());
    together = job().runPeriods(SPARK, List.of(YEAR, QUARTER, EMPTY));
  }

  @AfterAll
  static void cleanUp() throws IOException {
    Views.clear(SPARK);
    Folders.deleteRecursively(work);
  }

  @Test
  void everyMetricHasItsHeadlineInEveryPeriodEvenOneWithNoData() {
    SoftAssertions softly = new SoftAssertions();
    for (Period period : List.of(YEAR, QUARTER, EMPTY)) {
      // Q1 (file counts of this run's ingest) is the chosen period's alone.
      MetricCatalogue.load().metrics().stream()
          .filter(metric -> period.equals(YEAR) || !metric.id().equals("Q1"))
          .forEach(metric -> softly.assertThat(together)
              .as(metric.id() + " headline in " + period)
              .filteredOn(r -> r.metricId().equals(metric.id()) && r.isHeadline()
                  && r.period().equals(period.label()))
              .hasSize(1));
    }
    softly.assertAll();
  }

  @Test
  void aPeriodComputedBesideOthersHasTheRowsItHasAlone() {
    List<MetricRow> alone = job().runPeriod(SPARK, QUARTER);

    assertThat(alone).hasSizeGreaterThan(200);
    SoftAssertions softly = new SoftAssertions();
    // Q1 counts files, not records, and belongs to the first period only: leave it out of the comparison.
    MetricCatalogue.load().metrics().stream().filter(metric -> !metric.id().equals("Q1")).forEach(metric ->
        softly.assertThat(ofMetric(MetricRuns.inPeriod(together, QUARTER.label()), metric.id()))
            .as(metric.id() + " in " + QUARTER + " beside other periods")
            .containsExactlyElementsOf(ofMetric(alone, metric.id())));
    softly.assertAll();
  }

  private static MetricsJob job() {
    return new MetricsJob(MetricCatalogue.load(), ReferenceData.shipped(), MetricRuns.SOLIHULL,
        MetricSettings.DEFAULT);
  }

  /** The rows of a catalogue metric and its suffixed ids (T4, T4_median, T4r). */
  private static List<MetricRow> ofMetric(List<MetricRow> rows, String metricId) {
    return rows.stream().filter(r -> r.metricId().startsWith(metricId)).toList();
  }
}
