package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
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

  private static final Pattern SHUFFLE_BY_CHILD = Pattern.compile("Exchange hashpartitioning\\(child_id#");
  /** A sort within partitions (a sort-merge join's), not the global sort of an {@code order by}. */
  private static final Pattern SORT_FOR_JOIN = Pattern.compile("Sort \\[child_id#\\d+ ASC NULLS FIRST\\], false");

  /** Events 0..rows-1 over two partitions, of children c0..c9 (event id % 10). */
  private static Dataset<Row> events(long rows) {
    return SPARK.range(0, rows, 1, 2).selectExpr("concat('c', cast(id % 10 as string)) as child_id", "id");
  }

  private static String executedPlan(Dataset<Row> query) {
    query.collectAsList();
    return query.queryExecution().executedPlan().toString();
  }

  /** How many times {@code operator} is in the plan {@code query} ran (adaptive execution's final plan). */
  private static long finalPlanCount(Dataset<Row> query, Pattern operator) {
    return operator.matcher(executedPlan(query).split("== Initial Plan ==")[0]).results().count();
  }

  private static long materialisedTables() {
    return SPARK.catalog().listTables().filter("name like 'materialised_%'").count();
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
  void aSmallBucketedViewIsReadAsOnePartitionLikeAnyOther() {
    Dataset<Row> view = Materialised.bucketed(events(11), "child_id");

    assertThat(view.rdd().getNumPartitions()).isEqualTo(1);
    // Events 0..10: c0 has 0 and 10.
    assertThat(view.filter("child_id = 'c0'").orderBy("id").collectAsList()).extracting(Row::toString)
        .containsExactly("[c0,0]", "[c0,10]");
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
  void aBucketedViewsKeyIsWrittenWithoutADictionaryItsOtherColumnsWithOne(@TempDir Path scratch) {
    SPARK.conf().set(Materialised.FOLDER, scratch.toString());
    try {
      // 1,000 events of ten children, every one of the same kind: a dictionary would pay for itself in both columns.
      Dataset<Row> view = Materialised.bucketed(events(1000).selectExpr("child_id", "'visit' as kind"), "child_id");

      // But a real key is a pseudonym, near enough unique in a file, so the key is never dictionary encoded; the
      // other columns are as Parquet decides.
      assertThat(view.inputFiles()).isNotEmpty().allSatisfy(file -> {
        assertThat(dictionaryEncoded(file, "child_id")).isFalse();
        assertThat(dictionaryEncoded(file, "kind")).isTrue();
      });
      Materialised.release(view);
    } finally {
      SPARK.conf().unset(Materialised.FOLDER);
    }
  }

  /** Whether every row group of the Parquet {@code file} holds {@code column} dictionary encoded. */
  private static boolean dictionaryEncoded(String file, String column) {
    Configuration conf = SPARK.sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
      return reader.getFooter().getBlocks().stream()
          .flatMap(block -> block.getColumns().stream())
          .filter(chunk -> chunk.getPath().toDotString().equals(column))
          .allMatch(chunk -> chunk.getEncodings().stream().anyMatch(Encoding::usesDictionary));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aViewBucketedByItsKeyIsNotShuffledAgainByAJoinOnIt(@TempDir Path scratch) {
    SPARK.conf().set(Materialised.FOLDER, scratch.toString());
    SPARK.conf().set("spark.sql.autoBroadcastJoinThreshold", "-1");
    try {
      Dataset<Row> bucketedView = Materialised.bucketed(events(Materialised.ONE_PARTITION_ROWS + 1), "child_id");
      Dataset<Row> plainView = Materialised.of(events(Materialised.ONE_PARTITION_ROWS + 1));
      bucketedView.createOrReplaceTempView("bucketed_events");
      plainView.createOrReplaceTempView("plain_events");
      events(30).createOrReplaceTempView("other_events");
      String join = "select other_events.child_id, count(*) as pairs from other_events"
          + " inner join %s as materialised on other_events.child_id = materialised.child_id"
          + " group by other_events.child_id order by other_events.child_id";

      // The view's events 0..1,000,000: c0 has 100,001 of them (0, 10, ..., 1,000,000), c1 100,000; each child
      // has 3 of the other 30 events: 300,003 and 300,000 pairs.
      Dataset<Row> bucketed = SPARK.sql(join.formatted("bucketed_events"));
      assertThat(bucketed.collectAsList()).hasSize(10).extracting(Row::toString)
          .startsWith("[c0,300003]", "[c1,300000]");
      // Only the other side is shuffled and sorted by child_id to meet the buckets; a plain view is too.
      assertThat(finalPlanCount(bucketed, SHUFFLE_BY_CHILD)).isEqualTo(1);
      assertThat(finalPlanCount(bucketed, SORT_FOR_JOIN)).isEqualTo(1);
      Dataset<Row> plain = SPARK.sql(join.formatted("plain_events"));
      assertThat(finalPlanCount(plain, SHUFFLE_BY_CHILD)).isEqualTo(2);
      assertThat(finalPlanCount(plain, SORT_FOR_JOIN)).isEqualTo(2);

      // Joined on child_id and the event id, the bucketed view still keeps its partitioning by child_id alone.
      Dataset<Row> onBothKeys = SPARK.sql("select count(*) from other_events inner join bucketed_events"
          + " on other_events.child_id = bucketed_events.child_id and other_events.id = bucketed_events.id");
      assertThat(onBothKeys.first().getLong(0)).isEqualTo(30);
      assertThat(finalPlanCount(onBothKeys, SHUFFLE_BY_CHILD)).isEqualTo(1);

      long tables = materialisedTables();
      Materialised.release(bucketedView);
      Materialised.release(plainView);
      assertThat(scratch.toFile().list()).isEmpty();
      assertThat(materialisedTables()).isEqualTo(tables - 1);
    } finally {
      SPARK.conf().unset(Materialised.FOLDER);
      SPARK.conf().unset("spark.sql.autoBroadcastJoinThreshold");
    }
  }
}
