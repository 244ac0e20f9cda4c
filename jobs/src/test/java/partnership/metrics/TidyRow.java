package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import partnership.spark.SharedSpark;

/** One row of a metric model's tidy output, as a test compares it. */
record TidyRow(
    String metricId,
    String period,
    String breakdown,
    String breakdownValue,
    Long numerator,
    Long denominator,
    Double value,
    String unit) {

  private static final StructType TIDY =
      StructType.fromDDL(
          "metric_id string, period string, breakdown string, breakdown_value string,"
              + " numerator bigint, denominator bigint, value double, unit string");

  /** Runs {@code metrics/<model>} and returns its rows, after checking it has exactly the tidy columns. */
  static List<TidyRow> run(String model) {
    Dataset<Row> result = SqlModels.run(SharedSpark.get(), "metrics/" + model);
    assertThat(result.schema().simpleString())
        .as("columns of %s must be the tidy metric shape", model)
        .isEqualTo(TIDY.simpleString());
    return result.collectAsList().stream()
        .map(
            r ->
                new TidyRow(
                    r.getString(0),
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.isNullAt(4) ? null : r.getLong(4),
                    r.isNullAt(5) ? null : r.getLong(5),
                    r.isNullAt(6) ? null : r.getDouble(6),
                    r.getString(7)))
        .toList();
  }

  /** The row of {@code metricId} for one breakdown value, failing when there is not exactly one. */
  static TidyRow find(List<TidyRow> rows, String metricId, String breakdown, String breakdownValue) {
    List<TidyRow> found =
        rows.stream()
            .filter(
                r ->
                    r.metricId().equals(metricId)
                        && r.breakdown().equals(breakdown)
                        && r.breakdownValue().equals(breakdownValue))
            .toList();
    assertThat(found).as("rows of %s %s=%s in %s", metricId, breakdown, breakdownValue, rows).hasSize(1);
    return found.get(0);
  }

  /** The headline row of {@code metricId}. */
  static TidyRow headline(List<TidyRow> rows, String metricId) {
    return find(rows, metricId, "all", "all");
  }
}
