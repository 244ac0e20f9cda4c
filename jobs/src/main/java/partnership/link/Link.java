package partnership.link;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import partnership.io.DamagedParquet;
import partnership.metrics.Materialised;
import partnership.metrics.SqlModels;
import partnership.metrics.StagingTables;
import partnership.metrics.StagingViews;

/**
 * Stage 2, link: registers the staged tables as views, with the pseudonyms of children whose NHS number
 * changed merged ({@link LinkedIds}), and builds the child spine ({@code int_child_spine}: every
 * {@code child_id} seen, and by which partners) with its linkage statistics.
 */
public final class Link {

  private Link() {}

  /** Links staged tables given as Parquet folders, by staging table name. */
  public static Linked run(SparkSession spark, Map<String, Path> stagedTables) {
    return runOn(spark, read(spark, stagedTables));
  }

  /**
   * Links staging tables given as rows (the delivery store's current view), by staging table name. The spine
   * is materialised ({@link Materialised}) and registered as {@code int_child_spine}.
   */
  public static Linked runOn(SparkSession spark, Map<String, Dataset<Row>> tables) {
    long merged = registerTables(spark, tables);
    Set<String> delivered = StagingViews.delivered(spark);
    List<String> standIns = StagingViews.registerStandIns(spark, delivered);
    try {
      Dataset<Row> spine = Materialised.bucketed(SqlModels.run(spark, "intermediate/int_child_spine"), "child_id");
      spine.createOrReplaceTempView("int_child_spine");
      Row row = SqlModels.run(spark, "link/link_statistics").first();
      return new Linked(new LinkageStats(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3),
          row.getLong(4), row.getLong(5), row.getLong(6), merged), spine);
    } finally {
      StagingViews.dropStandIns(spark, standIns);
    }
  }

  /**
   * Registers one view per staged table, named after it, reading previous pseudonyms as current ones.
   *
   * @return how many previous pseudonyms were found in the data and merged
   */
  public static long registerStaging(SparkSession spark, Map<String, Path> stagedTables) {
    return registerTables(spark, read(spark, stagedTables));
  }

  /** As {@link #registerStaging}, for tables given as rows. */
  private static long registerTables(SparkSession spark, Map<String, Dataset<Row>> tables) {
    // A file not delivered has no view: drop any a previous run in this session left, or its metrics would
    // be computed on another run's data instead of being "not available".
    for (StagingTables.Table table : StagingTables.all()) {
      spark.catalog().dropTempView(table.name());
    }
    Dataset<Row> linkedIds = tables.get(LinkedIds.TABLE);
    LinkedIds links = linkedIds == null ? null : new LinkedIds(linkedIds);
    Dataset<Row> previousIds = null;
    for (Map.Entry<String, Dataset<Row>> staged : tables.entrySet()) {
      Dataset<Row> table = staged.getValue();
      if (links != null && !staged.getKey().equals(LinkedIds.TABLE)) {
        Dataset<Row> found = links.previousIdsIn(table);
        previousIds = previousIds == null ? found : previousIds.union(found);
        table = links.resolve(table);
      }
      table.createOrReplaceTempView(staged.getKey());
    }
    return previousIds == null ? 0 : previousIds.distinct().count();
  }

  private static Map<String, Dataset<Row>> read(SparkSession spark, Map<String, Path> stagedTables) {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    stagedTables.forEach((name, folder) -> tables.put(name, DamagedParquet.reading(folder,
        () -> spark.read().option("recursiveFileLookup", "true").parquet(folder.toString()))));
    return tables;
  }
}
