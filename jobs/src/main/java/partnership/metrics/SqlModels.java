package partnership.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the dbt-style SQL models kept under {@code sql/} on the classpath. A model reads views by name
 * (staging tables, {@code period}, {@code calendar}, {@code population}, other models) and ends with
 * {@code select * from <last step>}; Java registers its inputs as views and runs the file unchanged.
 */
public final class SqlModels {

  private SqlModels() {}

  /** The text of {@code sql/<name>.sql}, e.g. {@code metrics/metric_t2_referrals}. */
  public static String text(String name) {
    String resource = "sql/" + name + ".sql";
    try (InputStream in = SqlModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("Cannot find SQL model " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read SQL model " + resource, e);
    }
  }

  /** Runs a model and returns its result, without registering it. */
  public static Dataset<Row> run(SparkSession spark, String name) {
    return spark.sql(text(name));
  }

  /** Runs a model and registers the result as a temporary view named after the file ({@code int_...}). */
  public static Dataset<Row> register(SparkSession spark, String name) {
    Dataset<Row> result = run(spark, name);
    result.createOrReplaceTempView(name.substring(name.lastIndexOf('/') + 1));
    return result;
  }
}
