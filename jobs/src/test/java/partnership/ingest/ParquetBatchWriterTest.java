package partnership.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.spark.SharedSpark;

/** Rows written without Spark read back through Spark with the same schema and the same values. */
class ParquetBatchWriterTest {

  private static final SparkSession SPARK = SharedSpark.get();
  private static final StructType SCHEMA = StructType.fromDDL(
      "child_id string, birth date, reported_at timestamp, codes array<string>, looked_after boolean,"
          + " previous int, source_line bigint not null");

  @TempDir Path folder;

  @Test
  void everyStagingTypeAndNullsReadBackAsWritten() {
    ParquetBatchWriter writer = new ParquetBatchWriter(SCHEMA, folder.toString());
    // 2024-06-01T08:30 in London is 07:30 UTC (British Summer Time).
    writer.add("c1", LocalDate.of(2014, 2, 1), Instant.parse("2024-06-01T07:30:00Z"), List.of("N1", "2B"), true,
        3, 10L);
    writer.add(null, null, null, List.of(), null, null, 11L);
    writer.add("c3", LocalDate.of(1950, 1, 1), Instant.parse("2024-12-01T08:30:00Z"), null, false, -1, 12L);
    writer.close();

    List<Row> rows = SPARK.read().parquet(folder.toString()).orderBy("source_line").collectAsList();

    assertThat(SPARK.read().parquet(folder.toString()).schema().simpleString())
        .isEqualTo(SCHEMA.asNullable().simpleString());
    assertThat(writer.rows()).isEqualTo(3);
    assertThat(rows).hasSize(3);
    Row first = rows.get(0);
    assertThat(first.getString(0)).isEqualTo("c1");
    assertThat(first.getDate(1).toLocalDate()).isEqualTo(LocalDate.of(2014, 2, 1));
    assertThat(first.getTimestamp(2).toInstant()).isEqualTo(Instant.parse("2024-06-01T07:30:00Z"));
    assertThat(first.getList(3)).containsExactly("N1", "2B");
    assertThat(first.getBoolean(4)).isTrue();
    assertThat(first.getInt(5)).isEqualTo(3);
    Row second = rows.get(1);
    for (int column = 0; column < 6; column++) {
      if (column != 3) {
        assertThat(second.isNullAt(column)).as("column %d", column).isTrue();
      }
    }
    assertThat(second.getList(3)).isEmpty();
    Row third = rows.get(2);
    assertThat(third.isNullAt(3)).isTrue();
    assertThat(third.getDate(1).toLocalDate()).isEqualTo(LocalDate.of(1950, 1, 1));
    assertThat(third.getInt(5)).isEqualTo(-1);
  }

  @Test
  void aTableNothingWasAddedToIsAnEmptyFileWithTheSchema() {
    ParquetBatchWriter writer = new ParquetBatchWriter(SCHEMA, folder.toString());
    writer.close();

    assertThat(SPARK.read().parquet(folder.toString()).count()).isZero();
    assertThat(SPARK.read().parquet(folder.toString()).columns()).containsExactly(SCHEMA.fieldNames());
  }
}
