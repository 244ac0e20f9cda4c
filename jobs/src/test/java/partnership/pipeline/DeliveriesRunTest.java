package partnership.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import partnership.cli.ExitCodes;
import partnership.cli.Main;
import partnership.contract.Contracts;
import partnership.deliveries.CurrentView;
import partnership.deliveries.DeliveryStore;
import partnership.io.Json;
import partnership.spark.SharedSpark;

/**
 * Monthly deliveries through {@code run}: one police file delivered on 1 May, sent again unchanged, then
 * corrected and extended on 1 June, then the May report reproduced with {@code --as-of}. The tests run in
 * order, each on the store the previous one left, because a full run is expensive on a shared machine.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveriesRunTest {

  private static final String A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
  private static final LocalDate MAY = LocalDate.of(2025, 5, 1);
  private static final LocalDate JUNE = LocalDate.of(2025, 6, 1);
  private static final String HEADER = "occurrence_id,child_id,reported_at,last_seen_at,returned_at,risk_grade,from_care";
  private static final String EPISODES = "police/missing_episodes.csv";

  @TempDir static Path input;
  @TempDir static Path output;
  @TempDir static Path scratch;

  /** The May run's metrics.csv, inspector/metrics.csv and publication/metrics.csv. */
  private static Map<String, String> may;

  @BeforeAll
  static void mayDelivery() throws IOException {
    SharedSpark.get();
    write("partnership.json", "{\"name\": \"Test Partnership\", \"area_code\": \"E08000029\"}");
    write("reference/population.csv", "area_code,year,age_band,population\n"
        + "E08000029,2024,0-4,1000\nE08000029,2024,5-9,1000\nE08000029,2024,10-15,1500\nE08000029,2024,16-17,500\n");
    // May: two episodes of two children in 2024-25, so M1 = 2 / 2 = 1.0 episodes per child.
    write(EPISODES, String.join("\n", HEADER,
        "P1," + A + ",2024-06-01T10:00,,2024-06-02T08:00,low,N",
        "P2," + B + ",2024-09-01T10:00,,,high,N", ""));
    run(MAY, null);
    may = published();
    assertThat(metricsCsv()).contains("M1,2024-25,all,all,2,2,1,ratio,ok,");
  }

  @Test
  @Order(1)
  void aFileSentAgainWithTheSameBytesIsNotIngestedTwiceAndSaysWhenItWasDelivered() throws IOException {
    String progress = stderrOf(() -> run(LocalDate.of(2025, 5, 15), null));

    assertThat(progress).contains(EPISODES + ": already delivered on 2025-05-01 as " + EPISODES
        + " (same SHA-256); not ingested again");
    assertThat(deliveryFolders()).hasSize(1);
    assertThat(storedRows()).hasSize(2);
    JsonNode manifest = Json.MAPPER.readTree(output.resolve("2024-25/manifest.json").toFile());
    assertThat(manifest.at("/inputs/0/already_delivered").asText()).isEqualTo("on 2025-05-01 as " + EPISODES);
    assertThat(manifest.at("/deliveries_read/0/delivered").asText()).isEqualTo("2025-05-01");
    JsonNode quality = Json.MAPPER.readTree(output.resolve("2024-25/quality/report.json").toFile());
    assertThat(quality.at("/files/0/status").asText()).isEqualTo("already_delivered");
    assertThat(quality.at("/files/0/read").asLong()).isZero();
    // The metrics now read the rows the first run stored: the same bytes as that run's.
    assertThat(published()).isEqualTo(may);
  }

  @Test
  @Order(2)
  void aNewerDeliverySupersedesTheOlderRowWithTheSameKeyAndKeepsTheOthers() throws IOException {
    // June: P2 corrected (risk high -> medium), P3 new; P1 not sent again but still stands.
    // M1 = 3 episodes (P1, P2, P3) / 2 children = 1.5.
    write(EPISODES, String.join("\n", HEADER,
        "P2," + B + ",2024-09-01T10:00,,,medium,N",
        "P3," + A + ",2025-01-10T10:00,,,low,N", ""));
    run(JUNE, null);

    assertThat(deliveryFolders()).hasSize(2);
    CurrentView view = CurrentView.of(SharedSpark.get(), Contracts.load(),
        DeliveryStore.open(output.resolve("store")).deliveries(), null, scratch);
    Map<String, String> riskByOccurrence = new TreeMap<>();
    for (Row row : view.tables().get("stg_police__missing_episodes").collectAsList()) {
      riskByOccurrence.put(row.getAs("occurrence_id"), row.getAs("risk_grade"));
    }
    assertThat(riskByOccurrence).isEqualTo(Map.of("P1", "low", "P2", "medium", "P3", "low"));
    assertThat(metricsCsv()).contains("M1,2024-25,all,all,3,2,1.5,ratio,ok,");
  }

  @Test
  @Order(3)
  void asOfTheFirstDeliveryDateReproducesThatDaysReportExactly() throws IOException {
    run(LocalDate.of(2025, 6, 2), MAY);

    assertThat(published()).isEqualTo(may);
  }

  @Test
  @Order(4)
  void aDryRunValidatesAndPlansButWritesNothing() throws IOException {
    write("police/referrals.csv", "referral_id,child_id,created_at,shared_at,concern\n"
        + "R1," + A + ",2024-07-01T10:30,2024-07-01T11:00,neglect\n");
    Map<String, Long> before = tree(output);

    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.execute("run", "--period", "2024-25", "--input", input.toString(), "--output",
          output.toString(), "--master", "local[2]", "--quiet", "--delivered", "2025-07-01", "--dry-run");
    } finally {
      System.setOut(original);
    }

    String plan = stdout.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(plan).contains("NEW      police/referrals.csv: 1 read, 0 quarantined; would be stored as delivered"
            + " on 2025-07-01")
        .contains("RE-SENT  " + EPISODES + ": already delivered on 2025-06-01 as " + EPISODES)
        .contains("NOT AVAILABLE T1: needs csc/contacts.csv")
        .contains(output.resolve("2024-25").toString());
    assertThat(tree(output)).isEqualTo(before);
  }

  @Test
  @Order(5)
  void aStoreOutsideTheOutputFolderHasItsOwnLockThatALiveRunHolds() throws IOException {
    Path store = scratch.resolve("shared-store");
    Files.createDirectories(store);
    // This test's own process is alive, so its pid in the lock is a live holder.
    Files.writeString(store.resolve(".lock"), ProcessHandle.current().pid() + " 2026-11-23T07:00:00Z\n");
    // The output folder itself changes: the run took its lock and gave it back. What is in it does not.
    Map<String, Long> before = tree(output.resolve("2024-25"));

    assertThatThrownBy(() -> new RunPipeline(new RunOptions("2024-25", input, output, "local[2]", 5, 7, true,
        store, JUNE, null)).run())
        .isInstanceOf(OutputLock.HeldException.class)
        .hasMessageContaining(store.resolve(".lock").toString());
    assertThat(tree(output.resolve("2024-25"))).isEqualTo(before);
    assertThat(output.toFile().list()).containsExactlyInAnyOrder("2024-25", "store");
  }

  private static void run(LocalDate delivered, LocalDate asOf) throws IOException {
    new RunPipeline(new RunOptions("2024-25", input, output, "local[2]", 5, 7, false, output.resolve("store"),
        delivered, asOf)).run();
  }

  private static void write(String file, String text) throws IOException {
    Path path = input.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private static List<String> metricsCsv() throws IOException {
    return Files.readAllLines(output.resolve("2024-25/metrics.csv"));
  }

  /** The published files whose bytes must not change for the same deliveries, as text for readable diffs. */
  private static Map<String, String> published() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String file : List.of("metrics.csv", "inspector/metrics.csv", "publication/metrics.csv")) {
      files.put(file, Files.readString(output.resolve("2024-25").resolve(file)));
    }
    return files;
  }

  private static List<Path> deliveryFolders() throws IOException {
    try (Stream<Path> walk = Files.walk(output.resolve("store/partner=police/file=missing_episodes"), 2)) {
      return walk.filter(p -> p.getFileName().toString().startsWith("sha256=")).toList();
    }
  }

  private static List<Row> storedRows() {
    return SharedSpark.get().read().option("recursiveFileLookup", "true")
        .parquet(output.resolve("store/partner=police/file=missing_episodes/delivered=*/sha256=*"
            + "/stg_police__missing_episodes.parquet").toString()).collectAsList();
  }

  /** Every file under a folder with its size and modification time: what a run that writes nothing leaves. */
  private static Map<String, Long> tree(Path folder) throws IOException {
    Map<String, Long> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.toList()) {
        files.put(folder.relativize(p) + (Files.isDirectory(p) ? "/" : " " + Files.size(p)),
            Files.getLastModifiedTime(p).toMillis());
      }
    }
    return files;
  }

  private static String stderrOf(IoRunnable work) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setErr(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** A step that may fail with an I/O error. */
  @FunctionalInterface
  private interface IoRunnable {
    void run() throws IOException;
  }
}
