package partnership.metrics;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import partnership.reference.ReferenceData;
import partnership.report.MetricCatalogue;
import partnership.report.MetricDefinition;
import partnership.report.MetricRow;

/** Test helper: runs some catalogue metrics on the views a test registered, and picks rows out. */
public final class MetricRuns {

  public static final String SOLIHULL = "E08000029";

  private MetricRuns() {}

  /** Runs the named catalogue metrics for one period (no trends), with the shipped reference data. */
  public static List<MetricRow> run(SparkSession spark, String period, String... metricIds) {
    return job(metricIds).runPeriod(spark, Period.parse(period));
  }

  /**
   * Runs the named catalogue metrics for several periods in one pass, as a run computes its trend periods
   * (the first period is the chosen one).
   */
  public static List<MetricRow> runPeriods(SparkSession spark, List<String> periods, String... metricIds) {
    return job(metricIds).runPeriods(spark, periods.stream().map(Period::parse).toList());
  }

  /** A job over the named catalogue metrics only. */
  public static MetricsJob job(String... metricIds) {
    MetricCatalogue full = MetricCatalogue.load();
    List<MetricDefinition> chosen = Arrays.stream(metricIds)
        .map(id -> full.find(id).orElseThrow(() -> new IllegalArgumentException("No metric " + id)))
        .toList();
    return new MetricsJob(new MetricCatalogue(chosen), ReferenceData.shipped(), SOLIHULL, MetricSettings.DEFAULT);
  }

  /** The one row of a metric id, breakdown and value. */
  public static MetricRow row(List<MetricRow> rows, String metricId, String breakdown, String value) {
    List<MetricRow> found = rows.stream()
        .filter(r -> r.metricId().equals(metricId) && r.breakdown().equals(breakdown)
            && r.breakdownValue().equals(value))
        .toList();
    if (found.size() != 1) {
      throw new AssertionError("Expected one row " + metricId + "/" + breakdown + "/" + value + ", found "
          + found + " among " + rows);
    }
    return found.get(0);
  }

  /** The headline row of a metric id. */
  public static MetricRow headline(List<MetricRow> rows, String metricId) {
    return row(rows, metricId, MetricRow.ALL, MetricRow.ALL);
  }

  /** The rows of one period, out of a run of several. */
  public static List<MetricRow> inPeriod(List<MetricRow> rows, String period) {
    return rows.stream().filter(r -> r.period().equals(period)).toList();
  }

  /** A row's breakdown, value and counts as one string, "initial_category/NEG 0/0", to compare many at once. */
  public static String counts(MetricRow row) {
    return row.breakdown() + "/" + row.breakdownValue() + " " + row.numerator() + "/" + row.denominator();
  }
}
