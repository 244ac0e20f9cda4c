package partnership.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * The staging views of a run: which were delivered (ingest registers a view per delivered table; an absent
 * table is simply not there), and empty stand-ins for the rest so that every model's SQL resolves. Whether a
 * metric is available is decided from {@link #delivered} before the stand-ins exist, never from row counts.
 */
public final class StagingViews {

  private StagingViews() {}

  /** The staging tables registered in the session now. */
  public static Set<String> delivered(SparkSession spark) {
    Set<String> delivered = new LinkedHashSet<>();
    for (StagingTables.Table table : StagingTables.all()) {
      if (spark.catalog().tableExists(table.name())) {
        delivered.add(table.name());
      }
    }
    return delivered;
  }

  /** Registers an empty view for each staging table not in {@code delivered}; returns their names. */
  public static List<String> registerStandIns(SparkSession spark, Set<String> delivered) {
    List<String> standIns = new ArrayList<>();
    for (StagingTables.Table table : StagingTables.all()) {
      if (!delivered.contains(table.name())) {
        spark.createDataFrame(List.of(), table.schema()).createOrReplaceTempView(table.name());
        standIns.add(table.name());
      }
    }
    return standIns;
  }

  /** Drops the stand-ins again, so a later run in the same session sees the tables as absent. */
  public static void dropStandIns(SparkSession spark, List<String> standIns) {
    standIns.forEach(spark.catalog()::dropTempView);
  }
}
