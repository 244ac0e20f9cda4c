package partnership.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes rows produced on the driver to a Parquet directory in bounded batches, so that a file of any size
 * streams through in constant memory. Each batch becomes one Parquet file.
 */
public final class ParquetBatchWriter {

  static final int BATCH_ROWS = 100_000;

  private final SparkSession spark;
  private final StructType schema;
  private final String directory;
  private final List<Row> batch = new ArrayList<>();
  private long rows;

  public ParquetBatchWriter(SparkSession spark, StructType schema, String directory) {
    this.spark = spark;
    this.schema = schema;
    this.directory = directory;
  }

  public void add(Object... values) {
    batch.add(RowFactory.create(values));
    rows++;
    if (batch.size() >= BATCH_ROWS) {
      flush();
    }
  }

  public long rows() {
    return rows;
  }

  /** Writes what is buffered; writes an empty table when nothing was ever added, so readers find a schema. */
  public void close() {
    if (!batch.isEmpty() || rows == 0) {
      flush();
    }
  }

  private void flush() {
    spark.createDataFrame(batch, schema).coalesce(1).write().mode(SaveMode.Append).parquet(directory);
    batch.clear();
  }
}
