package partnership.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.internal.SQLConf;

/**
 * Views the metric models read many times, computed once and written as Parquet in a scratch folder
 * ({@link #FOLDER}), which every later query reads.
 *
 * <p>Written out, not held in executor memory: a local checkpoint kept every row as an object on the heap (at
 * England size, some 3 GB of rows the collector then marked and moved again and again: a full collection every
 * 15-20 s), where a file costs the heap nothing and is read back by Parquet's vectorised reader.
 *
 * <p>A small view is also read as one partition, which Spark knows: an aggregate over views that are all one
 * partition needs no shuffle, and on a partnership's data each task costs milliseconds whatever its rows. Reading
 * a small file gives one partition, but Spark does not know it, hence the {@code coalesce(1)} read on top.
 * Joins still shuffle: Spark estimates a join's size as the product of its sides, too big to keep in one
 * partition.
 */
public final class Materialised {

  /**
   * The Spark setting naming the folder views are written under; by default {@code materialised} in the
   * session's warehouse folder. On a cluster it must be a path the driver and every executor share (a run sets
   * it to a folder in its output's working folder, which they share).
   */
  public static final String FOLDER = "partnership.materialised.folder";

  /**
   * Parquet's setting for one column's dictionary encoding, the column's name appended. The key is a pseudonym,
   * near enough unique in a file: Parquet would build a dictionary of every value before falling back to plain
   * encoding, about a twelfth of the executor's samples at England (bench/README.md item 42).
   */
  private static final String NO_DICTIONARY = "parquet.enable.dictionary#";

  /** Views of at most this many rows are read as one partition; larger ones keep their partitions. */
  static final long ONE_PARTITION_ROWS = 1_000_000;

  private Materialised() {}

  /** {@code view} computed now, read as one partition when it is small. */
  public static Dataset<Row> of(Dataset<Row> view) {
    SparkSession spark = view.sparkSession();
    String path = new Path(folder(spark), UUID.randomUUID().toString()).toString();
    view.write().parquet(path);
    return onePartitionIfSmall(spark.read().parquet(path));
  }

  /**
   * {@code view} computed now and written bucketed by {@code key}: in as many buckets as the session's shuffles
   * have partitions, each bucket holding the rows a shuffle on {@code key} would send to that partition. The files
   * are a table of the session's catalogue, which tells Spark so: a join on {@code key} shuffles only the other
   * side to meet them, where a view read from plain files is shuffled again by every query that joins it. For the
   * child spine and the intermediate models, which the metric models join and group by {@code child_id}.
   *
   * <p>Each bucket is one file, sorted by {@code key}, and Spark knows that too
   * ({@code spark.sql.legacy.bucketedTableScan.outputOrdering}, which {@code Sparks} sets): a sort-merge join on
   * {@code key} sorts only the other side. One file a bucket because the view is partitioned by {@code key}
   * before it is written, a shuffle Spark leaves out when the view ends in a join or aggregate on {@code key}
   * (the spine). A small view is read as one partition, as {@link #of} reads it.
   */
  public static Dataset<Row> bucketed(Dataset<Row> view, String key) {
    SparkSession spark = view.sparkSession();
    String id = UUID.randomUUID().toString();
    int buckets = Integer.parseInt(spark.conf().get(SQLConf.SHUFFLE_PARTITIONS().key()));
    view.repartition(buckets, functions.col(key)).write()
        .bucketBy(buckets, key)
        .sortBy(key)
        .option(NO_DICTIONARY + key, "false")
        .option("path", new Path(folder(spark), id).toString())
        .saveAsTable(table(id));
    return onePartitionIfSmall(spark.table(table(id)));
  }

  private static Dataset<Row> onePartitionIfSmall(Dataset<Row> written) {
    return written.count() <= ONE_PARTITION_ROWS ? written.coalesce(1) : written;
  }

  /** {@code view}, known to be small (a few thousand rows at most), computed now and read as one partition. */
  static Dataset<Row> small(Dataset<Row> view) {
    return view.coalesce(1).localCheckpoint().coalesce(1);
  }

  /**
   * Deletes the files of {@code view}, and its table, if {@link #of} or {@link #bucketed} wrote it; later reads of
   * it fail.
   */
  public static void release(Dataset<Row> view) {
    SparkSession spark = view.sparkSession();
    String folder = new Path(folder(spark)).toUri().getPath();
    for (String file : view.inputFiles()) {
      Path written = new Path(file).getParent();
      if (written != null && written.getParent() != null && written.getParent().toUri().getPath().equals(folder)) {
        spark.sql("drop table if exists " + table(written.getName()));
        try {
          written.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(written, true);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot delete the materialised view in " + written, e);
        }
        return;
      }
    }
  }

  /** The catalogue table {@link #bucketed} writes into folder {@code id}. */
  private static String table(String id) {
    return "materialised_" + id.replace('-', '_');
  }

  private static String folder(SparkSession spark) {
    return spark.conf().getOption(FOLDER).getOrElse(
        () -> new Path(spark.conf().get("spark.sql.warehouse.dir"), "materialised").toString());
  }
}
