package partnership.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.hadoop.fs.ChecksumException;
import org.junit.jupiter.api.Test;

/** Which failures are a damaged Parquet file, and how the file is named (the run itself: DamagedParquetRunTest). */
class DamagedParquetTest {

  private static final String PART = "/out/staging/stg_a.parquet/file-1/part-00000-c000.snappy.parquet";

  @Test
  void aChecksumErrorDeepInATaskFailureNamesTheFileWithTheInnermostReason() {
    Exception failure = new RuntimeException("Job aborted due to stage failure: Task 0 failed",
        new IOException("Exception thrown in awaitResult",
            new ChecksumException("Checksum error: file:" + PART + " at 4096 exp: 1 got: 2", 4096)));

    assertThat(DamagedParquet.in(failure)).get().extracting(Throwable::getMessage).isEqualTo(
        "Cannot read " + PART + ": the Parquet file is damaged on disk (Checksum error: the file at 4096 exp: 1"
            + " got: 2); restore it from a backup, or delete it and run again the step that wrote it"
            + " [rule parquet_damaged]");
  }

  @Test
  void aFailureThatOnlyMentionsAParquetFileIsNotDamage() {
    // Out of memory while writing, say: the file is named but nothing says its bytes are wrong.
    assertThat(DamagedParquet.in(new RuntimeException("Task failed while writing rows to " + PART))).isEmpty();
    assertThat(DamagedParquet.in(new IllegalStateException("no file at all"))).isEmpty();
  }
}
