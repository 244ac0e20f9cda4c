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

  /** The shuffles by child_id in the plan {@code query} ran (adaptive execution's final plan). */
  private static int shufflesByChild(Dataset<Row> query) {
    String finalPlan = executedPlan(query).split("== Initial Plan ==")[0];
    return finalPlan.split("Exchange hashpartitioning\\(child_id", -1).length - 1;
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

  @Test
  void aViewBucketedByItsKeyIsNotShuffledAgainByAJoinOnIt(@TempDir Path scratch) {
    SPARK.conf().set(Materialised.FOLDER, scratch.toString());
    SPARK.conf().set("spark.sql.autoBroadcastJoinThreshold", "-1");
    try {
      Dataset<Row> bucketedView = Materialised.bucketed(events(20), "child_id");
      Dataset<Row> plainView = Materialised.of(events(20));
      bucketedView.createOrReplaceTempView("bucketed_events");
      plainView.createOrReplaceTempView("plain_events");
      events(30).createOrReplaceTempView("other_events");
      String join = "select other_events.child_id, count(*) as pairs from other_events"
          + " inner join %s as materialised on other_events.child_id = materialised.child_id"
          + " group by other_events.child_id order by other_events.child_id";

      // Each child c0..c9 has 2 of the view's 20 events and 3 of the other 30: 6 pairs.
      Dataset<Row> bucketed = SPARK.sql(join.formatted("bucketed_events"));
      assertThat(bucketed.collectAsList()).hasSize(10).extracting(Row::toString).startsWith("[c0,6]", "[c1,6]");
      // Only the other side is shuffled by child_id to meet the buckets; a plain view is shuffled too.
      assertThat(shufflesByChild(bucketed)).isEqualTo(1);
      assertThat(shufflesByChild(SPARK.sql(join.formatted("plain_events")))).isEqualTo(2);

      Materialised.release(bucketedView);
      Materialised.release(plainView);
      assertThat(scratch.toFile().list()).isEmpty();
      assertThat(SPARK.catalog().listTables().filter("name like 'materialised_%'").count()).isZero();
    } finally {
      SPARK.conf().unset(Materialised.FOLDER);
      SPARK.conf().unset("spark.sql.autoBroadcastJoinThreshold");
    }
  }
}
