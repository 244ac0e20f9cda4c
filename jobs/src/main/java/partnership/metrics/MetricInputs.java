package partnership.metrics;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import partnership.reference.PopulationEstimate;

/** Registers the small views every metric model may read besides the data: period, settings, population. */
public final class MetricInputs {

  private MetricInputs() {}

  /** The {@code period} view (docs/data-model.md): one row per period the run computes. */
  public static void registerPeriods(SparkSession spark, List<Period> periods) {
    view(spark, "period", "period string, period_start_date date, period_end_date date, population_year int",
        periods.stream()
            .map(p -> RowFactory.create(p.label(), Date.valueOf(p.startDate()), Date.valueOf(p.endDate()),
                p.populationYear()))
            .toList());
  }

  /** The one-row {@code settings} view. */
  public static void registerSettings(SparkSession spark, MetricSettings settings) {
    view(spark, "settings", "landing_window_days int", List.of(RowFactory.create(settings.landingWindowDays())));
  }

  /** The {@code population} view: the area's own rows only. */
  public static void registerPopulation(SparkSession spark, List<PopulationEstimate> population, String areaCode) {
    view(spark, "population", "area_code string, year int, age_band string, population bigint",
        population.stream()
            .filter(p -> p.areaCode().equals(areaCode))
            .map(p -> RowFactory.create(p.areaCode(), p.year(), p.ageBand(), p.population()))
            .toList());
  }

  private static void view(SparkSession spark, String name, String ddl, List<Row> rows) {
    Dataset<Row> view = Materialised.small(spark.createDataFrame(rows, StructType.fromDDL(ddl)));
    view.createOrReplaceTempView(name);
  }
}
