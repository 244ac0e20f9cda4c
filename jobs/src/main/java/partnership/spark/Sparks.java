package partnership.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession every job uses: embedded {@code local[*]} unless a master is given. */
public final class Sparks {

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  /** Shuffle partitions for a partnership's data, and the fewest a run is given. */
  static final int FEW_SHUFFLE_PARTITIONS = 4;

  /** The most shuffle partitions a run is given for its rows. */
  static final int MOST_SHUFFLE_PARTITIONS = 64;

  /** Staged rows a shuffle partition is given: at England size (26 million rows), 16 partitions. */
  static final long ROWS_A_SHUFFLE_PARTITION = 1_600_000;

  static final String PAGE_SIZE = "spark.buffer.pageSize";

  /**
   * The memory pages Spark's sorts, hash aggregates and hash joins take, one at a time as they fill. Spark sizes
   * them from the heap (execution memory over cores over 16): with the launcher's 6 GB on two cores, 64 MB, taken
   * whole by every task that sorts or aggregates even ten rows, and zeroed by the JVM. A Solihull-size run
   * allocated 4.5 GB of such pages and kept up to 1 GB of them live: 8-14% of its time, 2 GB of its memory
   * (bench/README.md item 29).
   */
  static final String SMALL_PAGES = "4m";

  private Sparks() {}

  /**
   * A session with the UI off, Europe/London time and few shuffle partitions (2-core machines), its driver on
   * loopback. Under spark-submit the master and driver address come from the submitter and are left alone, as
   * is any other {@code spark.*} setting given as a system property (such as {@code -Dspark.jars=<jar>}).
   */
  public static SparkSession session(String master, String warehouseDir) {
    SparkSession.Builder builder = SparkSession.builder().appName("partnership-analytics");
    if (System.getProperty("spark.master") == null) {
      builder.master(master == null ? "local[*]" : master);
    }
    if (System.getProperty("spark.driver.host") == null) {
      builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    // Tuning defaults: a -Dspark.* system property (PARTNERSHIP_JAVA_OPTS) or spark-submit's --conf wins.
    Map<String, String> tuning = new LinkedHashMap<>();
    tuning.put("spark.ui.enabled", "false");
    tuning.put(SHUFFLE_PARTITIONS, String.valueOf(FEW_SHUFFLE_PARTITIONS));
    tuning.put("spark.sql.adaptive.enabled", "true");
    // Generated classes kept for reuse by later queries: a run compiles more than the default 100, and a class
    // evicted is compiled again (Janino) when a later model's stage generates the same code. data-samples, three
    // interleaved runs each: 27.7 s median to 25.9 s, 48 s to 45 s of CPU.
    tuning.put("spark.sql.codegen.cache.maxEntries", "2000");
    tuning.put(PAGE_SIZE, SMALL_PAGES);
    // A bucketed view written sorted, one file a bucket (Materialised.bucketed: the spine, the intermediate models),
    // is read as sorted, so a sort-merge join on its key does not sort it again. "Legacy" because Spark lists the
    // view's files when planning to check each bucket is one file: a few dozen local files here.
    tuning.put("spark.sql.legacy.bucketedTableScan.outputOrdering", "true");
    // A join on child_id and more (the CIN assessments, section 47s and plans with their referral) may keep a
    // bucketed view's partitioning by child_id alone instead of shuffling both sides by every key. England: the
    // assessments' materialisation 527 to 215 MB shuffled, 12.9 to 8.9 s of task CPU (bench/README.md item 34).
    tuning.put("spark.sql.requireAllClusterKeysForCoPartition", "false");
    tuning.forEach((key, value) -> {
      if (System.getProperty(key) == null) {
        builder.config(key, value);
      }
    });
    return builder
        .config("spark.sql.session.timeZone", "Europe/London")
        .config("spark.sql.warehouse.dir", warehouseDir)
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        // The bucketed views (Materialised.bucketed) are tables of this catalogue, which lives and dies with the
        // session: a cluster's spark-defaults may name its Hive metastore, which must never see them.
        .config("spark.sql.catalogImplementation", "in-memory")
        // One session per run, no Spark Connect clients: Spark 4's per-session artifact isolation only makes
        // every generated class look itself up through a remote class loader, many times slower.
        .config("spark.sql.artifact.isolation.enabled", "false")
        .getOrCreate();
  }

  /**
   * Sizes the shuffles to the run's data, unless {@code spark.sql.shuffle.partitions} was set (a system property,
   * or spark-submit's {@code --conf}): {@link #shufflePartitions}. Adaptive execution merges small partitions
   * but never splits a large one, so the count must be right for the largest shuffle.
   */
  public static void sizeShuffles(SparkSession spark, long stagedRows) {
    if (System.getProperty(SHUFFLE_PARTITIONS) == null) {
      spark.conf().set(SHUFFLE_PARTITIONS, String.valueOf(shufflePartitions(stagedRows)));
    }
  }

  /**
   * One shuffle partition for every {@link #ROWS_A_SHUFFLE_PARTITION} staged rows, from
   * {@link #FEW_SHUFFLE_PARTITIONS} to {@link #MOST_SHUFFLE_PARTITIONS}. At England size a metric's largest
   * shuffles are 500 MB to 1 GB (contacts, partner referrals, the spine): 4 partitions would make tasks of
   * 125-250 MB, 16 make them near the 64 MB adaptive execution aims for. Every England figure in
   * bench/README.md was measured with 16, given by hand until this sizing.
   */
  static int shufflePartitions(long stagedRows) {
    long partitions = stagedRows / ROWS_A_SHUFFLE_PARTITION;
    return (int) Math.max(FEW_SHUFFLE_PARTITIONS, Math.min(MOST_SHUFFLE_PARTITIONS, partitions));
  }
}
