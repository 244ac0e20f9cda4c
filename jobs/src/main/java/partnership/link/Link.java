package partnership.link;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import partnership.metrics.SqlModels;
import partnership.metrics.StagingViews;

/**
 * Stage 2, link: registers the staged tables as views and builds the child spine ({@code int_child_spine}:
 * every {@code child_id} seen, and by which partners), with its linkage statistics.
 */
public final class Link {

  private Link() {}

  /** Registers one view per staged table, named after it. */
  public static void registerStaging(SparkSession spark, Map<String, Path> stagedTables) {
    stagedTables.forEach((table, folder) -> spark.read()
        .option("recursiveFileLookup", "true")
        .parquet(folder.toString())
        .createOrReplaceTempView(table));
  }

  public static LinkageStats run(SparkSession spark, Map<String, Path> stagedTables) {
    registerStaging(spark, stagedTables);
    Set<String> delivered = StagingViews.delivered(spark);
    List<String> standIns = StagingViews.registerStandIns(spark, delivered);
    try {
      SqlModels.register(spark, "intermediate/int_child_spine");
      Row row = SqlModels.run(spark, "link/link_statistics").first();
      return new LinkageStats(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
          row.getLong(5), row.getLong(6));
    } finally {
      StagingViews.dropStandIns(spark, standIns);
    }
  }
}
