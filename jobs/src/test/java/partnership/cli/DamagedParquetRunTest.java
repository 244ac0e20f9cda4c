package partnership.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import partnership.spark.SharedSpark;

/**
 * A Parquet file the run reads back, damaged on disk: {@code partnership run} stops with exit code 3 and one
 * line naming the file, no stack trace, and the previous output untouched.
 *
 * <p>The Parquet read back here is the staging table ingest writes and link reads. The damage is done between
 * the two stages, deterministically: the test's stderr reacts to the progress line that ends ingest, which the
 * pipeline prints on its own thread before link starts.
 */
class DamagedParquetRunTest {

  private static final String CHILD = "mfrggzdfmztwq2lknnwg23tpobyxe43uov3ho6dzpiytemzu";
  private static final String PREVIOUS = "metric_id,period\nT2,2024-25\n";

  /** How the file is damaged. */
  enum Damage {
    /** Cut to half its length. */
    TRUNCATED,
    /** Everything between the magic numbers overwritten. */
    OVERWRITTEN,
    /** The data pages overwritten, the footer intact: the schema reads, the damage shows only when link computes. */
    PAGES_OVERWRITTEN,
    /** Emptied. */
    EMPTIED
  }

  @TempDir Path input;
  @TempDir Path output;

  @BeforeEach
  void partnership() throws IOException {
    SharedSpark.get();
    Files.writeString(input.resolve("partnership.json"), "{\"name\": \"Test\", \"area_code\": \"E08000029\"}");
    Files.createDirectories(input.resolve("police"));
    Files.writeString(input.resolve("police/referrals.csv"), "referral_id,child_id,created_at,shared_at,concern\n"
        + "R1," + CHILD + ",2024-07-01T10:30,2024-07-01T11:00,neglect\n");
    Files.createDirectories(output.resolve("2024-25"));
    Files.writeString(output.resolve("2024-25/metrics.csv"), PREVIOUS);
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void theRunStopsNamingTheFileAndLeavesThePreviousOutput(Damage damage) throws IOException {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new DamagingStream(stderr, damage));
    int code;
    try {
      code = Main.execute("run", "--period", "2024-25", "--input", input.toString(), "--output", output.toString(),
          "--master", "local[2]");
    } finally {
      System.setErr(original);
    }

    String err = stderr.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    List<String> errors = err.lines().filter(l -> l.startsWith("partnership:")).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .matches("partnership: Cannot read /\\S*/staging/stg_police__referrals\\.parquet/[0-9a-f]{64}/part-\\S*\\.parquet: "
            + "the Parquet file is damaged on disk \\(.+\\); restore it from a backup, or delete it and run again "
            + "the step that wrote it \\[rule parquet_damaged\\]");
    // Progress lines and the one error line; nothing from Spark (but its warning that the tests share one
    // session), no stack trace.
    assertThat(err.lines()).allMatch(l -> l.startsWith("[") || l.startsWith("partnership:")
        || l.endsWith("WARN SparkSession: Using an existing Spark session; only runtime SQL configurations will take"
            + " effect."));
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(Files.readString(output.resolve("2024-25/metrics.csv"))).isEqualTo(PREVIOUS);
    try (Stream<Path> left = Files.list(output)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("2024-25");
    }
  }

  @Test
  void aDamagedDeliveryInTheStoreStopsTheNextRunNamingIt() throws IOException {
    String[] run = {"run", "--period", "2024-25", "--input", input.toString(), "--output", output.toString(),
        "--master", "local[2]", "--quiet"};
    assertThat(Main.execute(run)).isEqualTo(ExitCodes.OK);
    byte[] published = Files.readAllBytes(output.resolve("2024-25/metrics.csv"));
    Path stored;
    try (Stream<Path> walk = Files.walk(output.resolve("store"))) {
      stored = walk.filter(p -> p.getFileName().toString().matches("part-.*\\.parquet")).findFirst().orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(stored.toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }

    // The same file again: already delivered, so its rows come from the damaged store.
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.execute(run);
    } finally {
      System.setErr(original);
    }

    String err = stderr.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(err.lines().filter(l -> l.startsWith("partnership:")).toList()).singleElement().asString()
        .startsWith("partnership: Cannot read " + stored + ": the Parquet file is damaged on disk")
        .endsWith("[rule parquet_damaged]");
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(output.resolve("2024-25/metrics.csv")).hasBinaryContent(published);
  }

  /** The test's stderr: when ingest reports it is done, damages every staged Parquet file of the run. */
  private final class DamagingStream extends PrintStream {
    private final Damage damage;

    DamagingStream(ByteArrayOutputStream buffer, Damage damage) {
      super(buffer, true, StandardCharsets.UTF_8);
      this.damage = damage;
    }

    @Override
    public void println(String line) {
      super.println(line);
      if (line.startsWith("[ingest] done in")) {
        damageStagedFiles();
      }
    }

    private void damageStagedFiles() {
      try (Stream<Path> walk = Files.walk(output)) {
        for (Path part : walk.filter(p -> p.toString().contains("/staging/"))
            .filter(p -> p.getFileName().toString().matches("part-.*\\.parquet")).toList()) {
          damage(part);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void damage(Path part) throws IOException {
      long size = Files.size(part);
      try (RandomAccessFile file = new RandomAccessFile(part.toFile(), "rw")) {
        switch (damage) {
          case TRUNCATED -> file.setLength(size / 2);
          case OVERWRITTEN -> {
            byte[] garbage = new byte[(int) size - 12];
            Arrays.fill(garbage, (byte) 0x5A);
            file.seek(4);
            file.write(garbage);
          }
          case PAGES_OVERWRITTEN -> {
            // The file is "PAR1", the pages, the footer, its length (4 bytes, little-endian) and "PAR1".
            file.seek(size - 8);
            int footer = Integer.reverseBytes(file.readInt());
            byte[] garbage = new byte[(int) size - 8 - footer - 4];
            Arrays.fill(garbage, (byte) 0x5A);
            file.seek(4);
            file.write(garbage);
          }
          case EMPTIED -> file.setLength(0);
        }
      }
    }
  }
}
