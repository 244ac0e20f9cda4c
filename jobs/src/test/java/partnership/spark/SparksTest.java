package partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkEnv;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The run's shuffle partitions, sized to its staged rows, and the size of Spark's memory pages. */
class SparksTest {

  @Test
  void aPartnershipsRowsGetFourShufflePartitions() {
    assertThat(Sparks.shufflePartitions(0)).isEqualTo(4);
    // data-samples: about 100,000 rows; a region of 1.3 million children: about 2.8 million.
    assertThat(Sparks.shufflePartitions(100_000)).isEqualTo(4);
    assertThat(Sparks.shufflePartitions(2_800_000)).isEqualTo(4);
    // 8,000,000 / 1,600,000 = 5.
    assertThat(Sparks.shufflePartitions(7_999_999)).isEqualTo(4);
    assertThat(Sparks.shufflePartitions(8_000_000)).isEqualTo(5);
  }

  @Test
  void englandsRowsGetSixteenAndNoRunMoreThanSixtyFour() {
    // bench/run's England: 25,953,882 rows / 1,600,000 = 16.2.
    assertThat(Sparks.shufflePartitions(25_953_882)).isEqualTo(16);
    assertThat(Sparks.shufflePartitions(102_400_000)).isEqualTo(64);
    assertThat(Sparks.shufflePartitions(1_000_000_000)).isEqualTo(64);
  }

  @Test
  void theSessionIsSizedWhenNoShufflePartitionsWereGiven() {
    SparkSession spark = SharedSpark.get();
    String before = spark.conf().get(Sparks.SHUFFLE_PARTITIONS);
    try {
      Sparks.sizeShuffles(spark, 25_953_882);
      assertThat(spark.conf().get(Sparks.SHUFFLE_PARTITIONS)).isEqualTo("16");
    } finally {
      spark.conf().set(Sparks.SHUFFLE_PARTITIONS, before);
    }
  }

  @Test
  void sortsAndAggregatesTakeFourMegabytePagesNotSixtyFour() {
    SharedSpark.get();
    // Spark would choose 32 MB under the tests' -Xmx3g on two cores, 64 MB under the launcher's -Xmx6g.
    assertThat(SparkEnv.get().memoryManager().pageSizeBytes()).isEqualTo(4L * 1024 * 1024);
  }

  @Test
  void theCatalogueOfBucketedViewsIsTheSessionsOwnNeverAMetastore() {
    assertThat(SharedSpark.get().conf().get("spark.sql.catalogImplementation")).isEqualTo("in-memory");
  }
}
