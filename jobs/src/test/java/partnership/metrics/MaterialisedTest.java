package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.spark.SharedSpark;

/**
 * Where materialised views are written, how they are laid out, and what that spares the queries over them (their
 * physical plans).
 */
class MaterialisedTest {

  private static final SparkSession SPARK = SharedSpark.get();

  /** Events 0..rows-1 over two partitions, of children c0..c9 (event id % 10). */
  private static Dataset<Row> events(long rows) {
    return SPARK.range(0, rows, 1, 2).selectExpr("concat('c', cast(id % 10 as string)) as child_id", "id");
  }

  private static String executedPlan(Dataset<Row> query) {
    query.collectAsList();
    return query.queryExecution().executedPlan().toString();
  }

  @Test
  void aSmallViewIsReadAsOnePartitionSoAnAggregateOverItNeedsNoShuffle() {
    Dataset<Row> view = Materialised.of(events(11));
    view.createOrReplaceTempView("materialised_small");

    // Events 0..10: c0 has 0 and 10, c1 has 1.
    Dataset<Row> counted = SPARK.sql(
        "select child_id, count(*) as events from materialised_small group by child_id order by child_id");

    assertThat(view.rdd().getNumPartitions()).isEqualTo(1);
    assertThat(counted.collectAsList().subList(0, 2)).extracting(Row::toString).containsExactly("[c0,2]", "[c1,1]");
    assertThat(executedPlan(SPARK.sql("select child_id, count(*) from materialised_small group by child_id")))
        .doesNotContain("Exchange");
  }

  @Test
  void aViewIsWrittenAsParquetUnderTheConfiguredFolderAndReleasedWithItsFiles(@TempDir Path scratch) {
    SPARK.conf().set(Materialised.FOLDER, scratch.toString());
    try {
      Dataset<Row> view = Materialised.of(events(3));

      assertThat(view.inputFiles()).isNotEmpty()
          .allSatisfy(file -> assertThat(file).startsWith(scratch.toUri().toString()).endsWith(".parquet"));
      // Read back from the files: events 0, 1, 2 of children c0, c1, c2.
      assertThat(view.orderBy("id").collectAsList()).extracting(Row::toString)
          .containsExactly("[c0,0]", "[c1,1]", "[c2,2]");

      Materialised.release(view);
      assertThat(scratch.toFile().list()).isEmpty();
    } finally {
      SPARK.conf().unset(Materialised.FOLDER);
    }
  }

  @Test
  void aLargeViewIsReadAsTheFilesSplitItNotAsOnePartition() {
    Dataset<Row> view = Materialised.of(events(Materialised.ONE_PARTITION_ROWS + 1));

    assertThat(view.rdd().getNumPartitions()).isGreaterThan(1);
    assertThat(view.count()).isEqualTo(Materialised.ONE_PARTITION_ROWS + 1);
  }
}
