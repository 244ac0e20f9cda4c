package partnership.metrics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Table;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Test helper: registers views from literal rows. Dates are written {@code "2024-03-28"}, times
 * {@code "2024-03-28T09:00"} (Europe/London), arrays as {@link List}; {@code null} is a blank.
 *
 * <pre>{@code
 * Views.clear(spark);
 * Views.staging(spark, "stg_cin__referrals",
 *     row("c1", "2024-04-02", "6", "N1", null, null, false, null, "2025-03-31"));
 * }</pre>
 */
public final class Views {

  private Views() {}

  /** One literal row, the values in column order. */
  public static Object[] row(Object... values) {
    return values;
  }

  /** Drops every temporary view, so each test starts from an empty session (it is shared by all tests). */
  public static void clear(SparkSession spark) {
    for (Table table : spark.catalog().listTables().collectAsList()) {
      if (table.isTemporary()) {
        spark.catalog().dropTempView(table.name());
      }
    }
  }

  /**
   * Registers a staging view (docs/data-model.md): each row holds the table's own columns in order;
   * {@code source_file} ({@code test/<table>}) and {@code source_line} (2, 3, ...) are filled in.
   */
  public static Dataset<Row> staging(SparkSession spark, String table, Object[]... rows) {
    StagingTables.Table staging = StagingTables.get(table);
    List<Object[]> withSource = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      Object[] values = Arrays.copyOf(rows[i], rows[i].length + 2);
      values[rows[i].length] = "test/" + table;
      values[rows[i].length + 1] = (long) i + 2;
      withSource.add(values);
    }
    return view(spark, table, staging.schema(), withSource);
  }

  /** Registers a view with a DDL schema, e.g. {@code "child_id string, referral_date date"}. */
  public static Dataset<Row> of(SparkSession spark, String name, String ddl, Object[]... rows) {
    return view(spark, name, StructType.fromDDL(ddl), Arrays.asList(rows));
  }

  private static Dataset<Row> view(SparkSession spark, String name, StructType schema, List<Object[]> rows) {
    List<Row> converted = new ArrayList<>();
    for (Object[] values : rows) {
      if (values.length != schema.fields().length) {
        throw new IllegalArgumentException("Cannot build a row of " + name + ": " + values.length
            + " values for " + schema.fields().length + " columns " + Arrays.toString(schema.fieldNames()));
      }
      Object[] typed = new Object[values.length];
      for (int c = 0; c < values.length; c++) {
        typed[c] = convert(values[c], schema.fields()[c].dataType());
      }
      converted.add(RowFactory.create(typed));
    }
    Dataset<Row> view = spark.createDataFrame(converted, schema);
    view.createOrReplaceTempView(name);
    return view;
  }

  private static Object convert(Object value, DataType type) {
    if (value == null) {
      return null;
    } else if (type.equals(DataTypes.DateType) && value instanceof String text) {
      return Date.valueOf(LocalDate.parse(text));
    } else if (type.equals(DataTypes.TimestampType) && value instanceof String text) {
      return Timestamp.valueOf(LocalDateTime.parse(text));
    } else if (type.equals(DataTypes.LongType) && value instanceof Number number) {
      return number.longValue();
    } else if (type.equals(DataTypes.IntegerType) && value instanceof Number number) {
      return number.intValue();
    } else if (type instanceof ArrayType && value instanceof Object[] array) {
      return Arrays.asList(array);
    }
    return value;
  }
}
