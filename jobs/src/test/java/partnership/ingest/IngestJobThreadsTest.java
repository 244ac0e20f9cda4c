package partnership.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.contract.Contracts;
import partnership.io.Digests;
import partnership.pipeline.Progress;
import partnership.spark.SharedSpark;

/** Ingest on several threads gives exactly what it gives on one, whatever the threads' timing. */
class IngestJobThreadsTest {

  private static final String A = "mfrggzdfmztwq2lknnwg23tpobyxe43uov3ho6dzpiytemzu";
  private static final String B = "nbswy3dpeb3w64tmmqqgq2lmnrxxe3djnzsxe33ogq2tmnzy";
  private static final String HOUSING = "housing/temporary_accommodation.csv";
  private static final String EARLIER = "on 2025-05-01 as " + HOUSING;

  @TempDir Path input;
  @TempDir Path out;

  /** What a run leaves: its result, its quarantine rows in part order, and the digest of every file written. */
  private record Ingested(IngestJob.Result result, List<String> stagedOrder, List<String> quarantine,
      Map<String, String> written) {}

  private void write(String file, String text) throws IOException {
    Path path = input.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  /** Housing's file was delivered before; nothing else was. */
  private IngestJob.Result run(int threads) throws IOException {
    String housing = Digests.sha256(input.resolve(HOUSING));
    return IngestJob.run(input, out, Contracts.load(), LocalDate.of(2025, 6, 1), new Progress(true),
        sha256 -> sha256.equals(housing) ? Optional.of(EARLIER) : Optional.empty(), threads);
  }

  private Ingested ingest(int threads) throws IOException {
    IngestJob.Result result = run(threads);
    List<String> quarantine = new ArrayList<>();
    // Part by part in name order: each part is small, so Spark reads its rows in the order they were written.
    for (Path part : list(out.resolve("quality/quarantine.parquet"))) {
      SharedSpark.get().read().parquet(part.toString()).collectAsList().forEach(row -> quarantine.add(
          out.resolve("quality/quarantine.parquet").relativize(part) + " " + row.mkString("|")));
    }
    Map<String, String> written = new TreeMap<>();
    for (Path file : list(out)) {
      written.put(out.relativize(file).toString(), Digests.sha256(file));
    }
    return new Ingested(result, List.copyOf(result.stagedTables().keySet()), quarantine, written);
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * Eight files in file order (contract by contract, sorted within): a census, its re-send, a broken census
   * and its copy, another census, two police files with quarantined rows (one refused half-way) and a file
   * delivered before; the first five share the census contract, so the copies meet their originals.
   */
  private void writeDelivery() throws IOException {
    String census = Files.readString(fixtures().resolve("cin_census_2024_edge_cases.xml"));
    String fake = Files.readString(fixtures().resolve("cin_census_fake_332_children.xml"));
    write("csc/cin_census_2024.xml", census);
    write("csc/cin_census_2024_resent.xml", census);
    // Cut half-way through: the records before the cut are read, then the file is refused as malformed.
    write("csc/cin_census_broken.xml", fake.substring(0, fake.length() / 2));
    write("csc/cin_census_broken_again.xml", fake.substring(0, fake.length() / 2));
    write("csc/cin_census_fake.xml", fake);
    write("police/missing_episodes.csv", String.join("\n",
        "occurrence_id,child_id,reported_at,last_seen_at,returned_at,risk_grade,from_care",
        "O1," + A + ",2024-07-01T10:30,,2024-07-02T09:00,low,N",
        "O2," + B + ",2024-02-30T10:30,,,low,N",
        "O3," + B + ",2024-08-01T10:30,,,severe,N",
        ""));
    write("police/referrals.csv", String.join("\n",
        "referral_id,child_id,created_at,shared_at,concern",
        "R1," + A + ",2024-07-01T10:30,2024-07-01T11:00,neglect",
        "R2," + B + ",2024-07-01T10:30,2024-07-01T11:00,wrong",
        "R3,9990000018,2024-07-01T10:30,2024-07-01T11:00,neglect",
        ""));
    write(HOUSING, "not read: the same bytes were delivered before\n");
    write("police/notes.txt", "no contract covers this\n");
  }

  @Test
  void fourThreadsGiveTheResultQuarantineAndStagingOfOne() throws IOException {
    writeDelivery();

    Ingested one = ingest(1);

    IngestJob.Result result = one.result();
    assertThat(result.inputs()).extracting(InputFile::file, InputFile::alreadyDelivered).containsExactly(
        tuple("csc/cin_census_2024.xml", null),
        tuple("csc/cin_census_2024_resent.xml", "in this delivery as csc/cin_census_2024.xml"),
        tuple("csc/cin_census_broken.xml", null),
        // The first copy was refused, so this one is read again, and refused again.
        tuple("csc/cin_census_broken_again.xml", null),
        tuple("csc/cin_census_fake.xml", null),
        tuple("police/missing_episodes.csv", null),
        tuple("police/referrals.csv", null),
        tuple(HOUSING, EARLIER));
    // Five tables a census, one table each for the others.
    assertThat(result.quality()).extracting(TableQuality::file, TableQuality::status).containsSequence(
        tuple("csc/cin_census_broken_again.xml", "refused"), tuple("csc/cin_census_broken_again.xml", "refused"),
        tuple("csc/cin_census_broken_again.xml", "refused"), tuple("csc/cin_census_broken_again.xml", "refused"),
        tuple("csc/cin_census_broken_again.xml", "refused"), tuple("csc/cin_census_fake.xml", "ok"));
    assertThat(result.quality()).hasSize(5 * 5 + 3);
    assertThat(result.quality().subList(25, 28)).extracting(TableQuality::file, TableQuality::status)
        .containsExactly(tuple("police/missing_episodes.csv", "ok"), tuple("police/referrals.csv", "refused"),
            tuple(HOUSING, IngestJob.ALREADY_DELIVERED));
    assertThat(result.quality().get(5).notes()).containsExactly("already delivered in this delivery as "
        + "csc/cin_census_2024.xml (same SHA-256); not ingested again");
    assertThat(result.unrecognised()).containsExactly("police/notes.txt");
    // Each file quarantines into the part of its place in file order: 5 is missing_episodes (lines 3 and 4:
    // 30 February, grade severe), 6 is referrals (line 3, concern wrong, read before line 4 refused the file).
    assertThat(one.quarantine()).filteredOn(row -> row.startsWith("part-00005") || row.startsWith("part-00006"))
        .extracting(row -> row.split("\\|")[2] + " " + row.split("\\|")[6])
        .containsExactly("3 timestamp_format", "4 unknown_code", "3 unknown_code");
    // The other parts: 0 the 2024 census (an assessment starting in 2028), 2 and 3 the broken census and its
    // copy (the 4 future dates of the fake census before the cut), 4 the fake census (its 10 future dates);
    // 1 (a re-send) and 7 (delivered before) are not read.
    Map<String, Long> rowsByPart = one.quarantine().stream()
        .collect(Collectors.groupingBy(row -> row.substring(0, 10), TreeMap::new, Collectors.counting()));
    assertThat(rowsByPart).containsExactly(Map.entry("part-00000", 1L),
        Map.entry("part-00002", 4L), Map.entry("part-00003", 4L), Map.entry("part-00004", 10L),
        Map.entry("part-00005", 2L), Map.entry("part-00006", 1L));

    // Several times, as the threads' timing differs from run to run.
    for (int run = 0; run < 3; run++) {
      Ingested four = ingest(4);
      assertThat(four.result()).isEqualTo(one.result());
      assertThat(four.stagedOrder()).isEqualTo(one.stagedOrder());
      assertThat(four.quarantine()).isEqualTo(one.quarantine());
      assertThat(four.written()).isEqualTo(one.written());
    }
  }

  @Test
  void aFaultInOneFileIsThrownAsItIsForTheFirstFileInOrder() throws IOException {
    writeDelivery();
    // A file where the quarantine's folder should be: the first file in order to quarantine a row cannot.
    Files.writeString(out.resolve("quality"), "not a folder");

    // The 2024 census, first in order, quarantines a row (see above); later files fail too, but are not thrown.
    assertThatThrownBy(() -> run(4)).isExactlyInstanceOf(UncheckedIOException.class)
        .hasMessage("Cannot write a row to " + out.resolve("quality/quarantine.parquet/part-00000.parquet"));
  }

  @Test
  void nothingToQuarantineLeavesOneEmptyPart() throws IOException {
    write(HOUSING, "not read: the same bytes were delivered before\n");

    run(4);

    Path quarantine = out.resolve("quality/quarantine.parquet");
    assertThat(list(quarantine)).containsExactly(quarantine.resolve("part-00000.parquet"));
    List<Row> rows = SharedSpark.get().read().parquet(quarantine.toString()).collectAsList();
    assertThat(rows).isEmpty();
  }

  @Test
  void theThreadsArePropertyCappedAtFour() {
    try {
      System.setProperty(FilePool.THREADS_PROPERTY, "9");
      assertThat(FilePool.defaultThreads()).isEqualTo(4);
      System.setProperty(FilePool.THREADS_PROPERTY, "1");
      assertThat(FilePool.defaultThreads()).isEqualTo(1);
      System.setProperty(FilePool.THREADS_PROPERTY, "0");
      assertThatThrownBy(FilePool::defaultThreads)
          .hasMessage("Cannot ingest on 0 threads: partnership.ingest.threads must be at least 1");
    } finally {
      System.clearProperty(FilePool.THREADS_PROPERTY);
    }
  }

  private static Path fixtures() {
    try {
      return Path.of(IngestJobThreadsTest.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
