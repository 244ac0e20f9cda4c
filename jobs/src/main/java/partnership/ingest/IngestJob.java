package partnership.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import partnership.contract.Contract;
import partnership.contract.Contracts;
import partnership.contract.TableContract;
import partnership.io.Digests;
import partnership.io.Folders;
import partnership.ingest.validate.TableValidator;
import partnership.pipeline.Progress;

/**
 * Stage 1, ingest: every partner file under the input folder is read against its contract; accepted rows
 * become typed staging Parquet, rejected rows go to {@code quality/quarantine.parquet} with their reasons.
 */
public final class IngestJob {

  /** The quality status of a file whose bytes were delivered before. */
  public static final String ALREADY_DELIVERED = "already_delivered";

  /** Folders of the input that are not partner data. */
  private static final List<String> NOT_PARTNER_DATA = List.of("reference/");

  private final Path input;
  private final Path stagingDir;
  private final Path quarantineDir;
  private final LocalDate today;

  private IngestJob(Path input, Path periodDir, LocalDate today) {
    this.input = input;
    this.stagingDir = periodDir.resolve("staging");
    this.quarantineDir = periodDir.resolve("quality").resolve("quarantine.parquet");
    this.today = today;
  }

  /**
   * The outcome of ingest.
   *
   * @param quality one entry per file and table
   * @param stagedTables staging table name to its Parquet folder, for every table with a delivered file
   * @param inputs every partner file read, with its digest
   * @param notDelivered contract file patterns with no file delivered
   * @param unrecognised files under the input folder that no contract covers (ignored)
   */
  public record Result(List<TableQuality> quality, Map<String, Path> stagedTables, List<InputFile> inputs,
      List<String> notDelivered, List<String> unrecognised) {

    public boolean anyRefused() {
      return quality.stream().anyMatch(q -> "refused".equals(q.status()));
    }
  }

  /** How the same bytes were delivered before, if they were: a file already delivered is not ingested again. */
  @FunctionalInterface
  public interface EarlierDeliveries {

    /** No earlier deliveries: every file is new. */
    EarlierDeliveries NONE = sha256 -> Optional.empty();

    /** E.g. {@code on 2026-11-01 as police/missing_episodes.csv}, when a file with this SHA-256 was delivered. */
    Optional<String> find(String sha256);
  }

  /** Ingests every file of the input folder as new. */
  public static Result run(Path input, Path periodDir, Contracts contracts, LocalDate today,
      Progress progress) throws IOException {
    return run(input, periodDir, contracts, today, progress, EarlierDeliveries.NONE);
  }

  /**
   * Ingests every file of the input folder except those already delivered, which are accounted for as such.
   * Each file's rows go to {@code <periodDir>/staging/<table>.parquet/<sha256>/}. Files are read side by side,
   * on {@link FilePool#defaultThreads()} threads.
   */
  public static Result run(Path input, Path periodDir, Contracts contracts, LocalDate today,
      Progress progress, EarlierDeliveries earlier) throws IOException {
    return run(input, periodDir, contracts, today, progress, earlier, FilePool.defaultThreads());
  }

  /**
   * As above, on {@code threads} threads. The result, the progress lines, staging and quarantine are those of
   * reading the files one after another, whatever the threads' timing: files with the same bytes are read by
   * one task in order, outcomes are taken in file order, and each file quarantines into its own part.
   */
  static Result run(Path input, Path periodDir, Contracts contracts, LocalDate today, Progress progress,
      EarlierDeliveries earlier, int threads) throws IOException {
    IngestJob job = new IngestJob(input, periodDir, today);
    Folders.deleteRecursively(job.stagingDir);
    Folders.deleteRecursively(job.quarantineDir);

    List<String> files = partnerFiles(input);
    // Files are accounted for contract by contract, in sorted order within a contract.
    List<Map.Entry<Contract, List<Delivery>>> byContract = new ArrayList<>();
    int order = 0;
    for (Contract contract : contracts.all()) {
      List<Delivery> delivered = new ArrayList<>();
      for (String file : files.stream().filter(contract::matches).toList()) {
        delivered.add(new Delivery(contract, file, order++));
      }
      byContract.add(Map.entry(contract, delivered));
    }
    List<Delivery> deliveries = byContract.stream().flatMap(entry -> entry.getValue().stream()).toList();

    List<TableQuality> quality = new ArrayList<>();
    List<InputFile> inputs = new ArrayList<>();
    Map<String, Path> staged = new LinkedHashMap<>();
    List<String> notDelivered = new ArrayList<>();
    try (FilePool pool = new FilePool(threads)) {
      List<Slot> outcomes = job.start(deliveries, earlier, pool);
      // Outcomes are taken, and their lines printed, in file order, as when files were read one after another:
      // a line waits for the files before it, and the first failure in that order is the one thrown.
      for (Map.Entry<Contract, List<Delivery>> entry : byContract) {
        if (entry.getValue().isEmpty()) {
          notDelivered.add(entry.getKey().file());
          progress.stage("ingest", entry.getKey().file() + ": not delivered");
        }
        for (Delivery delivery : entry.getValue()) {
          FileOutcome outcome = outcomes.get(delivery.order()).get();
          quality.addAll(outcome.quality());
          inputs.add(outcome.input());
          outcome.quality().stream().filter(FileOutcome::ok)
              .forEach(q -> staged.put(q.table(), job.stagingDir.resolve(q.table() + ".parquet")));
          progress.stage("ingest", outcome.line());
        }
      }
    }
    if (!Files.isDirectory(job.quarantineDir)) {
      // No file quarantined anything: an empty part, so that readers find the schema.
      new ParquetBatchWriter(QuarantineRow.SCHEMA, job.quarantineDir.toString()).close();
    }
    List<String> covered = deliveries.stream().map(Delivery::file).toList();
    List<String> unrecognised = files.stream().filter(f -> !covered.contains(f)).toList();
    unrecognised.forEach(f -> progress.stage("ingest", f + ": no contract covers this file; ignored"));
    return new Result(quality, staged, inputs, notDelivered, unrecognised);
  }

  /**
   * Starts reading every file: first their digests, then one task per distinct digest, the largest files
   * first so that no big file starts last and runs alone. Returns each file's outcome-to-be, in file order.
   */
  private List<Slot> start(List<Delivery> deliveries, EarlierDeliveries earlier, FilePool pool)
      throws IOException {
    List<FilePool.Pending<String>> digests = new ArrayList<>();
    for (Delivery delivery : deliveries) {
      digests.add(pool.submit(() -> digestUnlessUnreadable(input.resolve(delivery.file()))));
    }
    // Two files with the same bytes in one input folder: the second is a re-send of the first, so both are
    // read by one task, in file order. Unreadable files (digest null) share a task too, as they shared the key.
    Map<String, List<Delivery>> copies = new LinkedHashMap<>();
    for (Delivery delivery : deliveries) {
      copies.computeIfAbsent(digests.get(delivery.order()).get(), sha256 -> new ArrayList<>()).add(delivery);
    }
    List<List<Delivery>> tasks = new ArrayList<>(copies.values());
    tasks.sort(Comparator.comparingLong((List<Delivery> same) -> bytes(same.get(0))).reversed());
    Slot[] slots = new Slot[deliveries.size()];
    for (List<Delivery> same : tasks) {
      String sha256 = digests.get(same.get(0).order()).get();
      Optional<String> before = Optional.ofNullable(sha256).flatMap(earlier::find);
      FilePool.Pending<List<FileOutcome>> outcomes = pool.submit(() -> ingestCopies(same, sha256, before));
      for (int i = 0; i < same.size(); i++) {
        slots[same.get(i).order()] = new Slot(outcomes, i);
      }
    }
    return List.of(slots);
  }

  /**
   * Ingests files with the same bytes, in file order: once one is ingested, the others are already delivered
   * in this delivery; a refused file's copy is read again.
   *
   * @param before how the bytes were delivered before this delivery, if they were
   */
  private List<FileOutcome> ingestCopies(List<Delivery> copies, String sha256, Optional<String> before)
      throws IOException {
    List<FileOutcome> outcomes = new ArrayList<>();
    Optional<String> delivered = before;
    for (Delivery copy : copies) {
      FileOutcome outcome = delivered.isPresent()
          ? alreadyDelivered(copy, sha256, delivered.get()) : ingest(copy, sha256);
      outcomes.add(outcome);
      if (delivered.isEmpty() && outcome.quality().stream().anyMatch(FileOutcome::ok)) {
        delivered = Optional.of("in this delivery as " + copy.file());
      }
    }
    return outcomes;
  }

  private FileOutcome alreadyDelivered(Delivery copy, String sha256, String before) throws IOException {
    String note = "already delivered " + before + " (same SHA-256); not ingested again";
    List<TableQuality> quality = copy.contract().tables().stream().map(t -> new TableQuality(copy.file(),
        t.name(), ALREADY_DELIVERED, 0, 0, 0, new TreeMap<>(), new TreeMap<>(), List.of(note), sha256)).toList();
    InputFile file = new InputFile(copy.file(), Files.size(input.resolve(copy.file())), sha256, 0, before, null);
    return new FileOutcome(quality, file, copy.file() + ": " + note);
  }

  private FileOutcome ingest(Delivery copy, String sha256) throws IOException {
    Path path = input.resolve(copy.file());
    Instant start = Instant.now();
    // Keys are unique within a file: a CIN episode open across 31 March is in two years' files.
    Map<String, TableValidator> validators = new LinkedHashMap<>();
    for (TableContract table : copy.contract().tables()) {
      validators.put(table.name(), new TableValidator(table, today));
    }
    // Each file quarantines into its own part, numbered in file order, so that the folder holds the same rows
    // in the same order whatever the threads; a file with nothing to quarantine writes no part.
    ParquetBatchWriter quarantine = new ParquetBatchWriter(QuarantineRow.SCHEMA, quarantineDir.toString(),
        copy.order());
    FileIngester ingester = new FileIngester(stagingDir, sha256, copy.file(), copy.contract(), validators,
        quarantine);
    List<TableQuality> quality = ingester.ingest(path, sha256);
    if (quarantine.rows() > 0) {
      quarantine.close();
    }
    long records = quality.stream().mapToLong(TableQuality::read).sum();
    InputFile file = new InputFile(copy.file(), Files.exists(path) ? Files.size(path) : 0, sha256, records, null,
        ingester.referenceDate());
    return new FileOutcome(quality, file, summary(copy.file(), quality, Duration.between(start, Instant.now())));
  }

  /** The file's size, or 0 when it cannot be read: only the order files are started in depends on it. */
  private long bytes(Delivery delivery) {
    try {
      return Files.size(input.resolve(delivery.file()));
    } catch (IOException e) {
      return 0;
    }
  }

  /** The file's SHA-256, or null when it cannot be read: its ingester then refuses it, naming the fault. */
  private static String digestUnlessUnreadable(Path path) {
    try {
      return Digests.sha256(path);
    } catch (IOException e) {
      return null;
    }
  }

  /** Partner files under the input folder, as sorted relative paths with forward slashes. */
  static List<String> partnerFiles(Path input) throws IOException {
    if (!Files.isDirectory(input)) {
      throw new InputFileException(input.toString(), null, "input_folder", "the input folder does not exist");
    }
    try (Stream<Path> walk = Files.walk(input)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> input.relativize(p).toString().replace('\\', '/'))
          .filter(f -> f.contains("/") && NOT_PARTNER_DATA.stream().noneMatch(f::startsWith))
          .filter(f -> !f.substring(f.lastIndexOf('/') + 1).startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static String summary(String file, List<TableQuality> quality, Duration took) {
    long read = quality.stream().mapToLong(TableQuality::read).sum();
    long accepted = quality.stream().mapToLong(TableQuality::accepted).sum();
    long quarantined = quality.stream().mapToLong(TableQuality::quarantined).sum();
    String status = quality.stream().anyMatch(q -> "refused".equals(q.status()))
        ? "REFUSED: " + quality.get(0).notes().get(quality.get(0).notes().size() - 1) : "";
    return file + ": " + Progress.count(read) + " read, " + Progress.count(accepted) + " accepted, "
        + Progress.count(quarantined) + " quarantined (" + Progress.seconds(took) + ") " + status;
  }

  /**
   * A partner file a contract covers.
   *
   * @param order its place in file order: contract by contract, sorted within a contract
   */
  private record Delivery(Contract contract, String file, int order) {}

  /** How one file was accounted for: its quality entries, its manifest entry and its progress line. */
  private record FileOutcome(List<TableQuality> quality, InputFile input, String line) {

    static boolean ok(TableQuality quality) {
      return "ok".equals(quality.status());
    }
  }

  /** One file's outcome, the {@code index}-th of the outcomes of a task that reads copies of the same bytes. */
  private record Slot(FilePool.Pending<List<FileOutcome>> outcomes, int index) {

    FileOutcome get() throws IOException {
      return outcomes.get().get(index);
    }
  }
}
