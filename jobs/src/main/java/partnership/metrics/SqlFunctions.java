package partnership.metrics;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The SQL functions metric models share, each a {@code create temporary function} in
 * {@code sql/functions/<name>.sql}: age bands, ethnic groups, referral-source partners and the rounding
 * conventions of metrics.md.
 */
public final class SqlFunctions {

  /** In dependency order: {@code age_band} calls {@code age_in_years}. */
  public static final List<String> NAMES =
      List.of("age_in_years", "age_band", "ethnic_group", "source_partner", "percent_of", "rate_per_10000",
          "ratio_of");

  private SqlFunctions() {}

  /** Registers the functions the session does not hold yet (they never change within a run). */
  public static void register(SparkSession spark) {
    for (String name : NAMES) {
      if (!spark.catalog().functionExists(name)) {
        SqlModels.run(spark, "functions/" + name);
      }
    }
  }
}
