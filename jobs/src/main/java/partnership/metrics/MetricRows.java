package partnership.metrics;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import partnership.report.MetricRow;

/** Converts between the tidy metric table as Spark rows and as {@link MetricRow}s. */
public final class MetricRows {

  /** The columns a metric model returns (docs/data-model.md, "Metrics"). */
  public static final String MODEL_COLUMNS = "metric_id string, period string, breakdown string,"
      + " breakdown_value string, numerator bigint, denominator bigint, value double, unit string";

  private static final StructType MODEL_SCHEMA = StructType.fromDDL(MODEL_COLUMNS);

  /** The tidy metric table: the model columns, then status and note. */
  public static final StructType SCHEMA = StructType.fromDDL(MODEL_COLUMNS + ", status string, note string");

  private MetricRows() {}

  /** A model's output in exactly the model columns and types (a model may type a count as int). */
  static Dataset<Row> conform(Dataset<Row> modelOutput) {
    return modelOutput.select(Arrays.stream(MODEL_SCHEMA.fields())
        .map(field -> functions.col(field.name()).cast(field.dataType()).as(field.name()))
        .toArray(Column[]::new));
  }

  /** One model output row, without status and note yet (those come from the runner). */
  static MetricRow fromModel(Row row) {
    return new MetricRow(
        row.getAs("metric_id"),
        row.getAs("period"),
        row.getAs("breakdown"),
        row.getAs("breakdown_value"),
        row.getAs("numerator"),
        row.getAs("denominator"),
        row.getAs("value"),
        row.getAs("unit"),
        MetricRow.OK,
        null);
  }

  /** The rows as a Dataset of {@link #SCHEMA}, in the given order (for Parquet and CSV writers). */
  public static Dataset<Row> toDataset(SparkSession spark, List<MetricRow> rows) {
    List<Row> sparkRows = rows.stream()
        .map(r -> RowFactory.create(r.metricId(), r.period(), r.breakdown(), r.breakdownValue(), r.numerator(),
            r.denominator(), r.value(), r.unit(), r.status(), r.note()))
        .toList();
    return spark.createDataFrame(sparkRows, SCHEMA).coalesce(1);
  }
}
