package partnership.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import partnership.spark.SharedSpark;

/**
 * Literal input views for metric model tests: rows written as text, cast to the columns of
 * docs/data-model.md. Array columns are written as JSON ({@code ["16A","10A"]}).
 */
final class LiteralViews {

  private LiteralViews() {}

  /** One literal row; {@code null} is a blank. */
  static String[] row(String... values) {
    return values;
  }

  /** Drops every temporary view, so that no test reads a view another test left behind. */
  static void dropAll() {
    SparkSession spark = SharedSpark.get();
    for (String view : spark.sqlContext().tableNames()) {
      spark.catalog().dropTempView(view);
    }
  }

  /** Registers {@code rows} as the view {@code name} with the columns of {@code ddl}. */
  static void register(String name, String ddl, String[]... rows) {
    SparkSession spark = SharedSpark.get();
    StructType typed = StructType.fromDDL(ddl);
    StructType text = new StructType();
    for (StructField field : typed.fields()) {
      text = text.add(field.name(), DataTypes.StringType);
    }
    List<Row> values = new ArrayList<>();
    for (String[] row : rows) {
      values.add(RowFactory.create((Object[]) Arrays.copyOf(row, typed.fields().length)));
    }
    Dataset<Row> raw = spark.createDataFrame(values, text);
    Column[] casts = new Column[typed.fields().length];
    for (int i = 0; i < casts.length; i++) {
      StructField field = typed.fields()[i];
      Column source = col(field.name());
      Column cast =
          field.dataType() instanceof ArrayType
              ? from_json(source, field.dataType(), Map.of())
              : source.cast(field.dataType());
      casts[i] = cast.as(field.name());
    }
    raw.select(casts).createOrReplaceTempView(name);
  }

  /** The {@code period} view for one reporting period. */
  static void period(String period, String start, String end, int populationYear) {
    register(
        "period",
        "period string, period_start_date date, period_end_date date, population_year int",
        row(period, start, end, Integer.toString(populationYear)));
  }

  /** The {@code population} view: one area's four age bands for one year. */
  static void population(int year, long band0to4, long band5to9, long band10to15, long band16to17) {
    String y = Integer.toString(year);
    register(
        "population",
        "area_code string, year int, age_band string, population long",
        row("E08000029", y, "0-4", Long.toString(band0to4)),
        row("E08000029", y, "5-9", Long.toString(band5to9)),
        row("E08000029", y, "10-15", Long.toString(band10to15)),
        row("E08000029", y, "16-17", Long.toString(band16to17)));
  }

  /** The {@code settings} view. */
  static void settings(int landingWindowDays) {
    register("settings", "landing_window_days int", row(Integer.toString(landingWindowDays)));
  }

  /** The {@code int_child_spine} view from (child_id, birth_month) pairs. */
  static void spine(String[]... childAndBirthMonth) {
    String[][] rows = new String[childAndBirthMonth.length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = row(childAndBirthMonth[i][0], "true", "true", "false", childAndBirthMonth[i][1], "U", null);
    }
    register(
        "int_child_spine",
        "child_id string, is_known_to_csc boolean, is_in_police boolean, is_in_health boolean,"
            + " birth_month date, sex string, ethnicity string",
        rows);
  }
}
